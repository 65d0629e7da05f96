// The CO_INVESTIGATED pairs operations may make or have made: each pair of countries taking
// part in one of them (the one with the smaller iso2 first) and each stored pair listing one of
// them; what refresh_pairs recomputes after a correction written in Neo4j Browser.
// @param ids: list — operation ids
UNWIND $ids AS id
MATCH (o:Operation {id: id})
CALL (o) {
  MATCH (a:Country)-[:PARTICIPATED_IN]->(o)<-[:PARTICIPATED_IN]-(b:Country)
  WHERE coalesce(a.iso2, a.id) < coalesce(b.iso2, b.id)
  RETURN a.id AS a, b.id AS b
  UNION
  MATCH (a:Country)-[p:CO_INVESTIGATED]->(b:Country)
  WHERE o.id IN p.operations
  RETURN a.id AS a, b.id AS b
}
RETURN DISTINCT a, b
ORDER BY a, b
