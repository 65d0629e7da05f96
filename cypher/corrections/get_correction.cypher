// One correction record by id, and whether a withdrawal names it.
// @param id: string — the correction's id
MATCH (c:Correction {id: $id})
RETURN properties(c) AS record, EXISTS { MATCH (:Correction {withdraws: c.id}) } AS withdrawn
