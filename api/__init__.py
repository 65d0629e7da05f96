"""The query API (FastAPI): routes, schemas, keys and errors over the graph store. It imports
`graph/` (reads), `ctgraph.settings`, `ctgraph.database` and `ctgraph.ingest`; nothing imports it
but `ctgraph serve`."""
