// Who coordinated which operations: organisations involved in operations and their role
// (coordinated, supported, led, ...), with the evidence sentences.
// @param role = null: string — only this role (e.g. coordinated); null: every role
// @param organisation = null: string — name, acronym or id of one organisation; null: all
MATCH (g:Organisation)-[i:INVOLVED_IN]->(o:Operation)
WHERE ($role IS NULL OR i.role = $role)
  AND ($organisation IS NULL OR g.id = $organisation OR toLower(g.name) = toLower($organisation)
       OR toLower($organisation) IN [a IN g.aliases | toLower(a)])
RETURN g.name AS organisation,
       i.role AS role,
       o.name AS operation,
       o.year AS year,
       i.evidence_text AS evidence
ORDER BY organisation, year, operation
