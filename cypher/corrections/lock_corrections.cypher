// Take the corrections' write lock (the one `CorrectionLog` node): every write of a correction
// and every load that applies corrections takes it, so that a correction written while a batch
// loads is either seen by that batch or applied after it commits, never lost between them.
// (no parameters)
MERGE (log:CorrectionLog {id: 'corrections'})
SET log.locked = true
REMOVE log.locked
RETURN log.id AS id
