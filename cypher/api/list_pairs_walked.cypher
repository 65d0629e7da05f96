// Pairs of countries that took part in the same operations (each pair once, smaller iso2 first),
// most shared first, walked from the operations: those an organisation was involved in, or those a
// country took part in, or all; filtered by crime ('both' counts for either), period and country,
// and by confidence: both participations (and the organisation's involvement) at least that sure.
// With the shared operations' count, years and crimes, and the newest 25 of them. Without an
// organisation or a confidence, the derived pairs answer (`list_pairs`, `list_pairs_filtered`).
// @param country = null: string — ISO alpha-2 code of a country in the pair; null: any
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param min_confidence = null: float — only facts at least this sure (0..1); null: any
// @param offset: int — rows to skip
// @param organisation = null: string — id of an organisation involved in the shared operations; null: any
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
MATCH (a:Country)-[pa:PARTICIPATED_IN]->(o)<-[pb:PARTICIPATED_IN]-(b:Country)
WHERE a.iso2 < b.iso2
  AND ($country IS NULL OR a.iso2 = $country OR b.iso2 = $country)
  AND ($min_confidence IS NULL
       OR pa.confidence >= $min_confidence AND pb.confidence >= $min_confidence)
WITH a, b, o ORDER BY coalesce(o.year, 0) DESC, o.id
WITH a, b, collect(o) AS ops
ORDER BY size(ops) DESC, a.iso2, b.iso2
WITH collect({country_a: a {.id, .iso2, .name}, country_b: b {.id, .iso2, .name}, ops: ops})
     AS pairs
CALL (pairs) {
  UNWIND pairs[$offset..$offset + $limit] AS x
  WITH x,
       COLLECT { UNWIND x.ops AS op WITH DISTINCT op.year AS y WHERE y IS NOT NULL RETURN y ORDER BY y }
         AS years,
       COLLECT { UNWIND x.ops AS op WITH DISTINCT op.crime AS k WHERE k IS NOT NULL RETURN k ORDER BY k }
         AS crimes
  RETURN collect({country_a: x.country_a, country_b: x.country_b, count: size(x.ops),
                  years: years, crimes: crimes,
                  operations: [op IN x.ops[..25] | op {.id, .name, .year, .crime}]}) AS items
}
RETURN size(pairs) AS total, items
