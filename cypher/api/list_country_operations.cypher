// A page of the operations one country took part in, newest first (each year's in id order;
// unknown years last), filtered by crime ('both' counts for either) and year. The country's degree
// (no walk) picks the cheaper way: a country in few operations is walked from and its operations
// sorted; for one in many, the page is read in its order from the index on Operation(year, id),
// one year at a time from the newest, keeping the country's own, until it is full (when the
// expected reading, (offset + limit) x operations / degree, is smaller than the degree). The total
// is the degree when nothing is filtered, else counted from the country.
// @param country: string — ISO alpha-2 code of a country
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
OPTIONAL MATCH (c:Country {iso2: $country})
WITH collect(c) AS countries, sum(COUNT { (c)-[:PARTICIPATED_IN]->() }) AS degree
CALL () {
  MATCH (o:Operation)
  RETURN count(o) AS everything
}
WITH countries, degree,
     $crime IS NULL AND $year_from IS NULL AND $year_to IS NULL AND size(countries) = 1 AS whole,
     degree * degree > everything * ($offset + $limit) AS dense
CALL (countries, whole) {
  UNWIND CASE WHEN whole THEN [] ELSE countries END AS c
  MATCH (c)-[:PARTICIPATED_IN]->(o:Operation)
  WHERE ($crime IS NULL OR o.crime = $crime
         OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
    AND ($year_from IS NULL OR o.year >= $year_from)
    AND ($year_to IS NULL OR o.year <= $year_to)
  RETURN count(DISTINCT o) AS matching
}
CALL (countries, dense) {
  UNWIND CASE WHEN dense THEN [] ELSE countries END AS c
  MATCH (c)-[:PARTICIPATED_IN]->(o:Operation)
  WHERE ($crime IS NULL OR o.crime = $crime
         OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
    AND ($year_from IS NULL OR o.year >= $year_from)
    AND ($year_to IS NULL OR o.year <= $year_to)
  WITH DISTINCT o
  WITH o ORDER BY coalesce(o.year, 0) DESC, o.id SKIP $offset LIMIT $limit
  RETURN collect(o) AS walked
}
CALL (countries, dense) {
  UNWIND CASE WHEN dense THEN [true] ELSE [] END AS indexed
  OPTIONAL CALL () {
    MATCH (o:Operation)
    WHERE o.year >= coalesce($year_from, -9223372036854775808)
      AND o.year <= coalesce($year_to, 9223372036854775807)
    RETURN o.year AS newest ORDER BY o.year DESC LIMIT 1
  }
  OPTIONAL CALL () {
    MATCH (o:Operation)
    WHERE o.year >= coalesce($year_from, -9223372036854775808)
      AND o.year <= coalesce($year_to, 9223372036854775807)
    RETURN o.year AS oldest ORDER BY o.year LIMIT 1
  }
  UNWIND CASE WHEN newest IS NULL THEN [] ELSE range(newest, oldest, -1) END AS year
  CALL (countries, year) {
    MATCH (o:Operation)
    WHERE o.year = year AND o.id IS NOT NULL
      AND ($crime IS NULL OR o.crime = $crime
           OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
      AND EXISTS { MATCH (o)<-[:PARTICIPATED_IN]-(c) WHERE c IN countries }
    WITH o ORDER BY o.year, o.id LIMIT $offset + $limit
    RETURN o
  }
  WITH o LIMIT $offset + $limit
  RETURN collect(o) AS dated
}
CALL (countries, dense, dated) {
  UNWIND CASE WHEN dense AND size(dated) < $offset + $limit
                   AND $year_from IS NULL AND $year_to IS NULL
              THEN countries ELSE [] END AS c
  MATCH (c)-[:PARTICIPATED_IN]->(o:Operation)
  WHERE o.year IS NULL
    AND ($crime IS NULL OR o.crime = $crime
         OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  WITH DISTINCT o
  WITH o ORDER BY o.id LIMIT $offset + $limit
  RETURN collect(o) AS undated
}
RETURN CASE WHEN whole THEN degree ELSE matching END AS total,
       [o IN CASE WHEN dense THEN (dated + undated)[$offset..] ELSE walked END | o {
         .id, .name, .year, .crime, named: coalesce(o.named, false),
         countries: [(o)<-[:PARTICIPATED_IN]-(c:Country) | c {.id, .iso2, .name}]
       }] AS items
