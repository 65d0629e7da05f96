// Organisation -[INVOLVED_IN {role}]-> Operation, filtered by crime and period like participations.
// @param crime = null: string — 'migrant smuggling', 'human trafficking' (each includes 'both'), 'both' or 'other'
// @param year_from = null: int — first year of the period (operations of unknown year drop out)
// @param year_to = null: int — last year of the period
MATCH (g:Organisation)-[r:INVOLVED_IN]->(o:Operation)
WHERE ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
RETURN g.id AS organisation, g.name AS organisation_name, r.role AS role,
       coalesce(r.confidence, 0.0) AS confidence,
       o.id AS operation, o.name AS operation_name, o.year AS year, o.crime AS crime,
       o.named AS named
ORDER BY organisation, year, operation
