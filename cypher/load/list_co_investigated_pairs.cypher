// Every pair of countries that shares an operation (smaller iso2 first) or has a stored
// CO_INVESTIGATED: what a full refresh recomputes, one pair per transaction.
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
