// People of an organisation: persons affiliated with it, their role and the evidence.
// @param organisation: string — name, acronym or id of the organisation (e.g. SELEC)
MATCH (g:Organisation)
WHERE g.id = $organisation OR toLower(g.name) = toLower($organisation)
   OR toLower($organisation) IN [a IN g.aliases | toLower(a)]
MATCH (p:Person)-[a:AFFILIATED_WITH]->(g)
RETURN p.name AS person,
       coalesce(a.role, p.role) AS role,
       g.name AS organisation,
       a.evidence_text AS evidence
ORDER BY person
