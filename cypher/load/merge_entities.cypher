// Create or update entity nodes in one batch: the `Entity` label plus the entity's own label, its
// properties, and its aliases merged with those other documents gave.
// @param rows: list — list of maps {id, label, name, aliases, props}
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
WITH n, row,
     reduce(acc = coalesce(n.aliases, []), a IN row.aliases |
       CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET n += row.props,
    n.name = row.name,
    n.aliases = aliases,
    n.alias_text = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)
RETURN count(n) AS entities
