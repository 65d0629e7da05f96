// Apply a change of shared operations to CO_INVESTIGATED pairs: per pair, drop the operations in
// `remove`, add those in `add`, and derive the pair's properties (the pair rule,
// cypher/fragments/set_pair_properties) from its own per-operation lists (no walk over the pair's
// operations); a pair left with none is deleted.
// The count is written first so that the pair is locked before its lists are read; each list is
// read once into a variable (indexing a property in a loop would read it again each time).
// @param rows: list — list of maps {a, b, remove: [operation ids], add: [{id, name, year, crime}]}; a, b are country ids, a's iso2 the smaller
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (a)-[c:CO_INVESTIGATED]->(b)
SET c.count = coalesce(c.count, 0)
WITH c, row, coalesce(c.operations, []) AS ids, c.operation_names AS names,
     c.operation_years AS years, c.operation_crimes AS crimes, [x IN row.add | x.id] AS added
WITH c, [i IN range(0, size(ids) - 1) WHERE NOT ids[i] IN row.remove AND NOT ids[i] IN added |
          {id: ids[i], name: names[i], year: years[i], crime: crimes[i]}] + row.add AS ops
// @fragment set_pair_properties
RETURN count(*) AS pairs
