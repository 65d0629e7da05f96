// A page of the operations one country took part in, newest first, filtered by crime ('both'
// counts for either) and year: walked from the country through its index, the page cut inside
// the query and the total counted apart.
// @param country: string — ISO alpha-2 code of a country
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
CALL () {
  MATCH (:Country {iso2: $country})-[:PARTICIPATED_IN]->(o:Operation)
  WHERE ($crime IS NULL OR o.crime = $crime
         OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
    AND ($year_from IS NULL OR o.year >= $year_from)
    AND ($year_to IS NULL OR o.year <= $year_to)
  RETURN count(DISTINCT o) AS total
}
CALL () {
  MATCH (:Country {iso2: $country})-[:PARTICIPATED_IN]->(o:Operation)
  WHERE ($crime IS NULL OR o.crime = $crime
         OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
    AND ($year_from IS NULL OR o.year >= $year_from)
    AND ($year_to IS NULL OR o.year <= $year_to)
  WITH DISTINCT o
  WITH o ORDER BY coalesce(o.year, 0) DESC, o.name, o.id SKIP $offset LIMIT $limit
  RETURN collect(o {
    .id, .name, .year, .crime, named: coalesce(o.named, false),
    countries: [(o)<-[:PARTICIPATED_IN]-(c:Country) | c {.id, .iso2, .name}]
  }) AS items
}
RETURN total, items
