// Whether an online index of this name exists.
// @param name: string — name of the index
SHOW INDEXES YIELD name, state
WHERE name = $name AND state = 'ONLINE'
RETURN count(*) > 0 AS present
