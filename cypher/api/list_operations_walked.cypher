// A page of operations, newest first (unknown years last, each year's in id order), walked from
// an organisation (those it was involved in) or a country (those it took part in) when one is
// given, else from every operation, and filtered by crime ('both' counts for either), period,
// participating country and the confidence of the facts that put an operation on the list: the
// organisation's involvement, the country's participation, or (with neither) any participation.
// Each operation's countries are those whose participation is that sure. The lists that need no
// walk (no organisation, no confidence) are `list_operations` and `list_country_operations`.
// @param country = null: string — ISO alpha-2 code of a participating country; null: any
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param min_confidence = null: float — only facts at least this sure (0..1); null: any
// @param offset: int — rows to skip
// @param organisation = null: string — id of an organisation involved in the operations; null: any
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
CALL () {
  MATCH (:Entity {id: $organisation})-[i:INVOLVED_IN]->(o:Operation)
  WHERE $min_confidence IS NULL OR i.confidence >= $min_confidence
  RETURN o
  UNION
  MATCH (:Country {iso2: $country})-[:PARTICIPATED_IN]->(o:Operation)
  WHERE $organisation IS NULL
  RETURN o
  UNION
  MATCH (o:Operation)
  WHERE $organisation IS NULL AND $country IS NULL
  RETURN o
}
WITH o
WHERE ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
  AND EXISTS {
    MATCH (o)<-[p:PARTICIPATED_IN]-(c:Country)
    WHERE ($country IS NULL OR c.iso2 = $country)
      AND ($min_confidence IS NULL OR $organisation IS NOT NULL AND $country IS NULL
           OR p.confidence >= $min_confidence)
  }
WITH o ORDER BY coalesce(o.year, 0) DESC, o.id
WITH collect(o) AS operations
RETURN size(operations) AS total,
       [o IN operations[$offset..$offset + $limit] | o {
         .id, .name, .year, .crime, named: coalesce(o.named, false),
         countries: [(o)<-[p:PARTICIPATED_IN]-(c:Country)
                     WHERE $min_confidence IS NULL OR p.confidence >= $min_confidence
                     | c {.id, .iso2, .name}]
       }] AS items
