// A load in a graph without corrections leaves no lock node behind (the lock is held until the
// transaction ends all the same: the uniqueness constraint's entry stays locked).
// (no parameters)
MATCH (log:CorrectionLog)
WHERE NOT EXISTS { MATCH (:Correction) }
DELETE log
RETURN count(log) AS deleted
