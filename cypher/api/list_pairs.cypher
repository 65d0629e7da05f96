// Pairs of countries that took part in the same operations (each pair once, smaller iso2 first),
// of one country or all, most shared first, with no crime or period filter (those are
// `list_pairs_filtered`). Read from the derived CO_INVESTIGATED pairs' count, years and crimes (at
// most one pair per two countries); the shared operations of the page's pairs, the newest `recent`, from
// each pair's `recent_operations` (kept by the loader), so no per-operation list is read.
// @param country = null: string — ISO alpha-2 code of a country; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param recent: int — how many newest shared operations a pair lists (graph/model.yaml, parameters)
CALL () {
  MATCH (a)-[r:CO_INVESTIGATED]->(b)
  WHERE $country IS NULL OR a.iso2 = $country OR b.iso2 = $country
  WITH a, b, r ORDER BY r.count DESC, a.iso2, b.iso2
  RETURN collect({country_a: a {.id, .iso2, .name}, country_b: b {.id, .iso2, .name}, count: r.count,
                  years: coalesce(r.years, []), crimes: coalesce(r.crimes, []), pair: r}) AS pairs
}
WITH size(pairs) AS total, pairs[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS x
  CALL (x) {
    WITH x.pair AS r
    // a pair derived before `recent_operations` existed: its newest from the full list
    UNWIND CASE WHEN r.recent_operations IS NULL
                THEN reverse([id IN coalesce(r.operations, []) | id])[..$recent]
                ELSE r.recent_operations END AS id
    MATCH (o:Operation {id: id})
    RETURN collect(o {.id, .name, .year, .crime}) AS ops
  }
  RETURN collect({country_a: x.country_a, country_b: x.country_b, count: x.count, years: x.years, crimes: x.crimes,
                  operations: ops}) AS items
}
RETURN total, items
