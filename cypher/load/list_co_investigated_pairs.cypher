// Every pair of countries that shares an operation (smaller iso2 first) or has a stored
// CO_INVESTIGATED, in order: what a full refresh recomputes (`refresh_pairs`, a chunk at a time).
// (no parameters)
CALL () {
  MATCH (a:Country)-[:PARTICIPATED_IN]->(:Operation)<-[:PARTICIPATED_IN]-(b:Country)
  WHERE coalesce(a.iso2, a.id) < coalesce(b.iso2, b.id)
  RETURN DISTINCT a.id AS a, b.id AS b
  UNION
  MATCH (a:Country)-[:CO_INVESTIGATED]->(b:Country)
  RETURN a.id AS a, b.id AS b
}
RETURN a, b
ORDER BY a, b
