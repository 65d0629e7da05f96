// Override entity properties (a `set`, or a rejected value: `value` null): where the stored value
// differs from the correction's, it is replaced, and the value it had (the extracted one) is
// returned, to be kept on the correction as its snapshot.
// @param rows: list — list of maps {id, entity, property, value}: correction id, entity id, property name, value
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
WITH row, e, e[row.property] AS old
WHERE old IS NULL <> (row.value IS NULL) OR old <> row.value
SET e[row.property] = row.value
RETURN row.id AS id, old AS props
