// The operations stored documents mention, whose cooperation pairs a change of them may touch.
// @param ids: list — list of document ids
UNWIND $ids AS id
MATCH (:Document {id: id})-[:MENTIONS]->(o:Operation)
RETURN collect(DISTINCT o.id) AS ids
