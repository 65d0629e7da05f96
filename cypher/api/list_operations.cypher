// A page of operations, newest first (each year's in id order; unknown years last), filtered by
// crime ('both' counts for either) and year. The page is read in its order from the index on
// Operation(year, id), one year at a time from the newest, and the reading stops when the page is
// full (no sort); the undated operations, which no index holds, are read only when the page
// reaches past the dated ones. The total comes from the count store when nothing is filtered,
// else it is counted. With a country, `list_country_operations` starts from it instead.
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
CALL () {
  MATCH (o:Operation)
  RETURN count(o) AS everything
}
CALL () {
  // counted only with a filter (an UNWIND of nothing skips the scan)
  UNWIND CASE WHEN $crime IS NULL AND $year_from IS NULL AND $year_to IS NULL
              THEN [] ELSE [true] END AS filtered
  MATCH (o:Operation)
  WHERE ($crime IS NULL OR o.crime = $crime
         OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
    AND ($year_from IS NULL OR o.year >= $year_from)
    AND ($year_to IS NULL OR o.year <= $year_to)
  RETURN count(o) AS matching
}
CALL () {
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
  CALL (year) {
    MATCH (o:Operation)
    WHERE o.year = year AND o.id IS NOT NULL
      AND ($crime IS NULL OR o.crime = $crime
           OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
    WITH o ORDER BY o.year, o.id LIMIT $offset + $limit
    RETURN o
  }
  WITH o LIMIT $offset + $limit
  RETURN collect(o) AS dated
}
CALL (dated) {
  UNWIND CASE WHEN size(dated) < $offset + $limit AND $year_from IS NULL AND $year_to IS NULL
              THEN [true] ELSE [] END AS past_dated
  MATCH (o:Operation)
  WHERE o.year IS NULL
    AND ($crime IS NULL OR o.crime = $crime
         OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  WITH o ORDER BY o.id LIMIT $offset + $limit
  RETURN collect(o) AS undated
}
RETURN CASE WHEN $crime IS NULL AND $year_from IS NULL AND $year_to IS NULL
            THEN everything ELSE matching END AS total,
       [o IN (dated + undated)[$offset..] | o {
  .id, .name, .year, .crime, named: coalesce(o.named, false),
  countries: [(o)<-[:PARTICIPATED_IN]-(c:Country) | c {.id, .iso2, .name}]
}] AS items
