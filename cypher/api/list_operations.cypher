// A page of operations, newest first, filtered by participating country, crime ('both' counts for
// either) and year.
// @param country = null: string — ISO alpha-2 code of a country; null: any
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
MATCH (o:Operation)
WHERE ($country IS NULL OR EXISTS { (o)<-[:PARTICIPATED_IN]-(:Country {iso2: $country}) })
  AND ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
WITH o ORDER BY coalesce(o.year, 0) DESC, o.name, o.id
WITH collect(o) AS ops
RETURN size(ops) AS total,
       [o IN ops[$offset..$offset + $limit] | o {
         .id, .name, .year, .crime, named: coalesce(o.named, false),
         countries: [(o)<-[:PARTICIPATED_IN]-(c:Country) | c {.id, .iso2, .name}]
       }] AS items
