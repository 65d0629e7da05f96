// Which of these entity ids are in the graph.
// @param ids: list — entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e.id) AS ids
