// Co-investigations: pairs of countries that took part in the same operations, filtered by crime
// and period, with the shared operations, their count, years and crimes; each pair once (smaller
// iso2 first), as CO_INVESTIGATED is derived. Analysts read the names; the cooperation network
// (`graph.analysis.cooperation_graph`) reads the ids.
// @param crime = null: string — crime of the operations (migrant smuggling, human trafficking, both, other); null: any
// @param year_from = null: int — earliest year of the operations; null: no lower bound
// @param year_to = null: int — latest year of the operations; null: no upper bound
MATCH (a:Country)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b:Country)
WHERE coalesce(a.iso2, a.id) < coalesce(b.iso2, b.id)
  AND ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
WITH a, b, o
ORDER BY o.year, o.name, o.id
WITH a, b, collect(o) AS ops
RETURN a.name AS country_a,
       b.name AS country_b,
       size(ops) AS count,
       [op IN ops | op.name] AS operations,
       COLLECT { UNWIND ops AS op WITH DISTINCT op.year AS y WHERE y IS NOT NULL RETURN y ORDER BY y } AS years,
       COLLECT { UNWIND ops AS op WITH DISTINCT op.crime AS k WHERE k IS NOT NULL RETURN k ORDER BY k } AS crimes,
       a.id AS source,
       b.id AS target,
       [op IN ops | op.id] AS operation_ids
ORDER BY count DESC, country_a, country_b
