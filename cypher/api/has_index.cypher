// has_index: whether an online index of this name exists. Parameters: $name.
SHOW INDEXES YIELD name, state
WHERE name = $name AND state = 'ONLINE'
RETURN count(*) > 0 AS present
