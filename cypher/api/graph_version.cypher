// What changes whenever a load changes the graph, cheaply: the number of documents and the latest
// `loaded_at` (every load merges its Document and stamps it), and the node and relationship counts
// (from the count store). The API's ETags hash it.
// (no parameters)
CALL () { MATCH (d:Document) RETURN count(d) AS documents, max(d.loaded_at) AS last_loaded }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN documents, toString(last_loaded) AS last_loaded, nodes, relationships
