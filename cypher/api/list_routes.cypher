// A page of trafficking and smuggling routes between countries, filtered by crime, by a country
// at either end and by the route's confidence.
// @param country = null: string — ISO alpha-2 code of a country; null: any
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param min_confidence = null: float — only routes at least this sure; null: any
// @param offset: int — rows to skip
MATCH (a:Country)-[r:ROUTE]->(b:Country)
WHERE ($country IS NULL OR a.iso2 = $country OR b.iso2 = $country)
  AND ($crime IS NULL OR r.crime = $crime
       OR (r.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($min_confidence IS NULL OR r.confidence >= $min_confidence)
WITH a, r, b ORDER BY a.iso2, b.iso2, r.crime, elementId(r)
WITH collect({source: a {.id, .iso2, .name}, target: b {.id, .iso2, .name}, rel: properties(r)})
     AS routes
RETURN size(routes) AS total, routes[$offset..$offset + $limit] AS items
