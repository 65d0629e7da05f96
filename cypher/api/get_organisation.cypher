// One organisation with its operations (and role), members, predecessors and successors, and the
// documents mentioning it.
// @param id: string — id of the node
MATCH (g:Organisation {id: $id})
RETURN g {.id, .name, aliases: coalesce(g.aliases, [])} AS organisation,
       [(g)-[r:INVOLVED_IN]->(o:Operation) | {entity: o {.id, .name, .year, .crime}, rel: properties(r)}]
         AS operations,
       [(p:Person)-[r:AFFILIATED_WITH]->(g) | {entity: p {.id, .name, .role}, rel: properties(r)}]
         AS members,
       [(x:Organisation)-[:SUCCEEDED_BY]->(g) | x {.id, .name}] AS predecessors,
       [(g)-[:SUCCEEDED_BY]->(x:Organisation) | x {.id, .name}] AS successors,
       [(d:Document)-[m:MENTIONS]->(g) | d {.id, .title, .source, count: m.count}] AS documents
