// check_ready: the database answers a read. Parameters: none.
RETURN 1 AS ok
