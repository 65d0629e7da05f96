// One operation with its participating countries, organisations (with their role), documents, and
// every relationship's properties (for figures and evidence).
// @param id: string — id of the node
MATCH (o:Operation {id: $id})
RETURN properties(o) AS operation,
       [(c:Country)-[r:PARTICIPATED_IN]->(o) | {entity: c {.id, .iso2, .name}, rel: properties(r)}]
         AS participants,
       [(g:Organisation)-[r:INVOLVED_IN]->(o) | {entity: g {.id, .name}, rel: properties(r)}]
         AS organisations,
       [(d:Document)-[m:MENTIONS]->(o) | d {.id, .title, .source, count: m.count}] AS documents
