// The whole cooperation network: every pair of states that co-investigated, the relationship's
// caption being the number of shared operations; for Neo4j Browser's graph view.
MATCH path = (:Country)-[:CO_INVESTIGATED]->(:Country)
RETURN path
