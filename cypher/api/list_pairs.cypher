// Pairs of countries that took part in the same operations (each pair once, smaller iso2 first),
// filtered by country, crime and period, most shared first.
// @param country = null: string — ISO alpha-2 code of a country; null: any
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
MATCH (a:Country)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b:Country)
WHERE a.iso2 < b.iso2
  AND ($country IS NULL OR a.iso2 = $country OR b.iso2 = $country)
  AND ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
WITH a, b, o ORDER BY coalesce(o.year, 0) DESC, o.id
WITH a, b, count(o) AS shared, collect(o)[..25] AS ops,
     [y IN collect(DISTINCT o.year) WHERE y IS NOT NULL] AS years,
     [k IN collect(DISTINCT o.crime) WHERE k IS NOT NULL] AS crimes
ORDER BY shared DESC, a.iso2, b.iso2
WITH collect({
  a: a {.id, .iso2, .name}, b: b {.id, .iso2, .name}, count: shared, years: years,
  crimes: crimes, operations: [o IN ops | o {.id, .name, .year, .crime}]
}) AS pairs
RETURN size(pairs) AS total, pairs[$offset..$offset + $limit] AS items
