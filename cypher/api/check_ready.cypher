// The database answers a read.
// (no parameters)
RETURN 1 AS ok
