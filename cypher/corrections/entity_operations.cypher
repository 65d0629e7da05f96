// The operations whose cooperation pairs a change of these entities may touch: the entities that
// are operations, and the operations the countries among them took part in.
// @param ids: list — entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(o:Operation)
WITH collect(DISTINCT o.id) + collect(DISTINCT CASE WHEN e:Operation THEN e.id END) AS ids
RETURN ids
