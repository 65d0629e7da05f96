// The cooperation graph's nodes: every country, by iso2, streamed row by row.
// (no parameters)
MATCH (c:Country)
RETURN c.id AS id, coalesce(c.iso2, '') AS iso2, coalesce(c.name, '') AS name
ORDER BY iso2, id
