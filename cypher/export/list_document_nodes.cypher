// One page of the Document nodes, in id order (the id index gives the order): the whole-graph
// dumps and the FollowTheMoney export read the graph in these pages.
// @param after = null: string — the last id of the previous page; null: the first page
// @param limit: int — nodes per page
MATCH (n:Document)
WHERE n.id > coalesce($after, '')
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
