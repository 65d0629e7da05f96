"""ctgraph's own Neo4j Community server, assembled from Maven Central (`pom.xml`) and run by Java
with the `neo4j.conf` template beside it; apart from the graph store (`graph/`), which talks to
any Neo4j."""
