// Country -[PARTICIPATED_IN]-> Operation, one row per participation, filtered by crime and period.
// An operation of crime 'both' matches either crime; with a period, operations of unknown year drop
// out.
// @param crime = null: string — 'migrant smuggling', 'human trafficking' (each includes 'both'), 'both' or 'other'
// @param year_from = null: int — first year of the period (operations of unknown year drop out)
// @param year_to = null: int — last year of the period
MATCH (c:Country)-[:PARTICIPATED_IN]->(o:Operation)
WHERE ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
RETURN c.id AS country, c.name AS country_name, c.iso2 AS iso2,
       o.id AS operation, o.name AS operation_name, o.year AS year, o.crime AS crime,
       o.named AS named
ORDER BY iso2, year, operation
