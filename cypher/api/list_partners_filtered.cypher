// The countries that took part in the same operations as one country (filtered by crime and period;
// an operation of crime 'both' counts for either crime), most shared first. No row when the country
// is unknown.
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param iso2: string — ISO alpha-2 code of the country
// @param limit: int — page size
// @param offset: int — rows to skip
// @param with_operations: bool — list the shared operations
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
MATCH (c:Country {iso2: $iso2})
WITH c ORDER BY c.id LIMIT 1
CALL (c) {
  MATCH (c)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(p:Country)
  WHERE p <> c
    AND ($crime IS NULL OR o.crime = $crime
         OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
    AND ($year_from IS NULL OR o.year >= $year_from)
    AND ($year_to IS NULL OR o.year <= $year_to)
  WITH p, o ORDER BY o.year DESC, o.id DESC
  WITH p, count(o) AS shared, collect(o)[..25] AS ops,
       [y IN collect(DISTINCT o.year) WHERE y IS NOT NULL] AS years
  ORDER BY shared DESC, p.iso2
  RETURN collect({
    country: p {.id, .iso2, .name}, count: shared, years: years,
    operations: CASE WHEN $with_operations THEN [o IN ops | o {.id, .name, .year, .crime}] ELSE [] END
  }) AS partners
}
RETURN c {.id, .iso2, .name} AS country, size(partners) AS total,
       partners[$offset..$offset + $limit] AS items
