// One person with their affiliations (role and evidence) and the documents mentioning them.
// @param id: string — id of the node
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .role, aliases: coalesce(p.aliases, [])} AS person,
       [(p)-[r:AFFILIATED_WITH]->(g:Organisation) | {entity: g {.id, .name}, rel: properties(r)}]
         AS affiliations,
       [(d:Document)-[m:MENTIONS]->(p) | d {.id, .title, .source, count: m.count}] AS documents
