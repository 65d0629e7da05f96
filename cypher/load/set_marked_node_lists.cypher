// After a bulk import: give the nodes the list properties the import files cannot hold, which
// marker properties name (`ctgraph_empty`: empty lists, `ctgraph_blank`: lists of one empty
// string), and remove the markers. Runs in an auto-commit transaction (IN TRANSACTIONS).
// (no parameters)
MATCH (n)
WHERE n.ctgraph_empty IS NOT NULL OR n.ctgraph_blank IS NOT NULL
CALL (n) {
  FOREACH (key IN coalesce(n.ctgraph_empty, []) | SET n[key] = [])
  FOREACH (key IN coalesce(n.ctgraph_blank, []) | SET n[key] = [''])
  REMOVE n.ctgraph_empty, n.ctgraph_blank
} IN TRANSACTIONS OF 10000 ROWS
