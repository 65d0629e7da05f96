// One page of the Entity nodes, in id order (the id index gives the order), as ONE record: a list
// of [id, labels, properties] rows. The whole-graph dumps and the FollowTheMoney export read the
// graph in these pages; one record per page, not per node, because the driver's cost is per
// record (a message each), not per value.
// @param after = null: string — the last id of the previous page; null: the first page
// @param limit: int — nodes per page
MATCH (n:Entity)
WHERE n.id > coalesce($after, '')
WITH n ORDER BY n.id LIMIT $limit
RETURN collect([n.id, labels(n), properties(n)]) AS rows
