// Pairs of countries that took part in the same operations (filtered by crime and period), each
// pair once (smaller iso2 first), as CO_INVESTIGATED is derived in docs/graph-model.md.
// @param crime = null: string — 'migrant smuggling', 'human trafficking' (each includes 'both'), 'both' or 'other'
// @param year_from = null: int — first year of the period (operations of unknown year drop out)
// @param year_to = null: int — last year of the period
MATCH (a:Country)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b:Country)
WHERE a.iso2 < b.iso2
  AND ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
WITH a, b, o
ORDER BY o.year, o.id
RETURN a.id AS source, b.id AS target, count(o) AS count,
       collect(o.id) AS operations, collect(o.name) AS operation_names,
       [y IN collect(DISTINCT o.year) WHERE y IS NOT NULL] AS years,
       [c IN collect(DISTINCT o.crime) WHERE c IS NOT NULL] AS crimes
ORDER BY source, target
