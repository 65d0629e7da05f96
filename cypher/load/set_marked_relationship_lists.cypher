// After a bulk import: give the relationships the list properties the import files cannot hold,
// which marker properties name (`ctgraph_empty`: empty lists, `ctgraph_blank`: lists of one
// empty string), and remove the markers. Runs in an auto-commit transaction (IN TRANSACTIONS).
// (no parameters)
MATCH ()-[r]->()
WHERE r.ctgraph_empty IS NOT NULL OR r.ctgraph_blank IS NOT NULL
CALL (r) {
  FOREACH (key IN coalesce(r.ctgraph_empty, []) | SET r[key] = [])
  FOREACH (key IN coalesce(r.ctgraph_blank, []) | SET r[key] = [''])
  REMOVE r.ctgraph_empty, r.ctgraph_blank
} IN TRANSACTIONS OF 10000 ROWS
