// Create or update entity nodes in one batch: the `Entity` label plus the entity's own label, its
// properties, and its aliases merged with those other documents gave. Returns the ids of the
// entities this query created: no relationship can reach them yet, so the loader creates theirs
// without looking (a concurrent creator of the same id waits on the uniqueness constraint, then
// finds the node: only one transaction ever sees it created).
// @param rows: list — list of maps {id, label, name, aliases, props}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.ctgraph_created = true
SET n:$(row.label)
WITH n, row, coalesce(n.ctgraph_created, false) AS created,
     reduce(acc = coalesce(n.aliases, []), a IN row.aliases |
       CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
REMOVE n.ctgraph_created
SET n += row.props,
    n.name = row.name,
    n.aliases = aliases,
    n.alias_text = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
RETURN collect(CASE WHEN created THEN n.id END) AS created
