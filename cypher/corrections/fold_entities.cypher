// Merging an entity into another, last step: the absorbed entity's name and aliases become
// aliases of the kept one, references to it in other entities' properties (a person's
// organisation, an event's place) name the kept one, and the absorbed node is deleted.
// @param rows: list — list of maps {keep, other}: the kept entity's id and the absorbed one's
UNWIND $rows AS row
MATCH (a:Entity {id: row.keep})
MATCH (b:Entity {id: row.other})
WITH a, b, reduce(acc = coalesce(a.aliases, []), x IN [b.name] + coalesce(b.aliases, []) |
       CASE WHEN x IS NULL OR x = a.name OR x IN acc THEN acc ELSE acc + x END) AS aliases
SET a.aliases = aliases,
    a.alias_text = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)
WITH a, b
CALL (a, b) {
  MATCH (p:Person {organisation: b.id})
  SET p.organisation = a.id
}
CALL (a, b) {
  MATCH (e:Event {place: b.id})
  SET e.place = a.id
}
DETACH DELETE b
RETURN count(*) AS merged
