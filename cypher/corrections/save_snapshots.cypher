// Keep on corrections what they hide: a rejected fact's last extracted properties, an overridden
// property's extracted value (JSON), and for a merge the documents that named the absorbed entity.
// @param rows: list — list of maps {id, snapshot, documents}: snapshot and documents may be null
UNWIND $rows AS row
MATCH (c:Correction {id: row.id})
SET c.snapshot = coalesce(row.snapshot, c.snapshot),
    c.documents = reduce(acc = coalesce(c.documents, []), x IN coalesce(row.documents, []) |
      CASE WHEN x IN acc THEN acc ELSE acc + x END)
RETURN count(c) AS saved
