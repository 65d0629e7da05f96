// Take the corrections' write lock (the one `CorrectionLog` node, unique: a second transaction's
// MERGE waits for the first to end): every write of a correction and every load takes it, so that
// a correction written while a batch loads is either seen by that batch or applied after it
// commits, never lost between them. `corrections`: whether there is any correction at all.
// (no parameters)
MERGE (log:CorrectionLog {id: 'corrections'})
SET log.locked = true
REMOVE log.locked
RETURN EXISTS { MATCH (:Correction) } AS corrections
