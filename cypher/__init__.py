"""ctgraph's Cypher: the schema and named, parameterised queries, one per file (package data,
found through `importlib.resources` by `graph.queries`; see README.md here)."""
