"""ctgraph's core: settings, the Neo4j driver, the local Neo4j server, the ingest service and the
`ctgraph` command line. It may import `extract/`, `graph/` and (for `ctgraph serve`) `api/`;
`ctgraph.settings`, `ctgraph.database` and `ctgraph.server` import nothing of `api/` or `extract/`,
so every layer, notebook, script and benchmark can use them."""
