// The ids of every country, for a pass over all of them one transaction each.
// (no parameters)
MATCH (c:Country)
RETURN c.id AS id
ORDER BY id
