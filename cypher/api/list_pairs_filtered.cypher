// Pairs of countries that took part in the same operations (each pair once, smaller iso2 first),
// filtered by country, crime and period, most shared first. Counted from the derived
// CO_INVESTIGATED pairs (a scan of that relationship type, at most one per pair of countries) and
// their tally per (year, crime) (0 and '' when unknown); the shared operations (up to `recent`, newest
// first) of the page's pairs are the newest of the matching tally entries' own newest `recent`
// (`tally_recent`, concatenated in the tally's order, min(n, `recent`) ids each), so no per-operation
// list is read. Without crime and period, `list_pairs` answers.
// @param country = null: string — ISO alpha-2 code of a country; null: any
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param recent: int — how many newest shared operations a pair lists (graph/model.yaml, parameters)
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
WITH coalesce($year_from, -9223372036854775808) AS lo, coalesce($year_to, 9223372036854775807) AS hi,
     CASE WHEN $year_to IS NULL THEN -9223372036854775808 ELSE 1 END AS known,
     CASE WHEN $crime IN ['migrant smuggling', 'human trafficking'] THEN [$crime, 'both']
          WHEN $crime IS NOT NULL THEN [$crime] END AS wanted
CALL (lo, hi, known, wanted) {
  MATCH (a)-[r:CO_INVESTIGATED]->(b)
  WHERE $country IS NULL OR a.iso2 = $country OR b.iso2 = $country
  // The stored lists are bound inside expressions (t, h), never as a row's variables: the sort
  // sizes its rows (for the transaction's memory limit) with every list a row ever held.
  WITH a, b, r, [t IN [[coalesce(r.tally_years, []), coalesce(r.tally_crimes, []), r.tally_counts]] |
    [h IN [[i IN range(0, size(t[0]) - 1)
            WHERE lo <= t[0][i] <= hi AND t[0][i] >= known AND (wanted IS NULL OR t[1][i] IN wanted)]] |
      {hits: h, count: reduce(n = 0, i IN h | n + t[2][i]),
       // the tally is ordered by year: its distinct known years are those unlike the one before
       years: [k IN range(0, size(h) - 1) WHERE t[0][h[k]] > 0 AND (k = 0 OR t[0][h[k]] <> t[0][h[k - 1]])
               | t[0][h[k]]],
       crimes: [k IN ['both', 'human trafficking', 'migrant smuggling', 'other']
                WHERE any(i IN h WHERE t[1][i] = k)]}][0]][0] AS found
  WHERE size(found.hits) > 0
  WITH a, b, r, found ORDER BY found.count DESC, a.iso2, b.iso2
  RETURN collect({country_a: a {.id, .iso2, .name}, country_b: b {.id, .iso2, .name}, count: found.count,
                  years: found.years, crimes: found.crimes, pair: r, hits: found.hits}) AS pairs
}
WITH size(pairs) AS total, pairs[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS x
  CALL (x) {
    WITH x.pair AS r, x.hits AS hits
    // The newest `recent` of the matching tally entries' own newest (tally_recent: min(n, `recent`) ids per
    // entry, newest first, in the tally's order by year), year by year from the newest, each
    // year's ids ordered by rank. Computed inside one expression: rows that fan out to be sorted
    // are sized (for the transaction's memory limit) with everything they carry.
    UNWIND [t IN [[r.tally_years, [n IN r.tally_counts | CASE WHEN n < $recent THEN n ELSE $recent END],
                   coalesce(r.tally_recent, [])]] |
      reduce(newest = [], y IN reverse([k IN range(0, size(hits) - 1)
                                        WHERE k = 0 OR t[0][hits[k]] <> t[0][hits[k - 1]]
                                        | t[0][hits[k]]]) |
        CASE WHEN size(newest) >= $recent THEN newest
        ELSE newest + [ids IN [reduce(ids = [], i IN hits |
                                 CASE WHEN t[0][i] <> y THEN ids
                                 ELSE ids + [j IN range(reduce(s = 0, k IN t[1][..i] | s + k),
                                                        reduce(s = 0, k IN t[1][..i] | s + k) + t[1][i] - 1)
                                             | t[2][j]] END)] |
                         [ranked IN [[id IN ids | [size([other IN ids WHERE other > id]), id]]] |
                           [k IN range(0, size(ids) - 1) | head([p IN ranked WHERE p[0] = k])[1]]][0]
                      ][0][..$recent - size(newest)]
        END)][0] AS id
    MATCH (o:Operation {id: id})
    RETURN collect(o {.id, .name, .year, .crime}) AS ops
  }
  RETURN collect({country_a: x.country_a, country_b: x.country_b, count: x.count, years: x.years, crimes: x.crimes,
                  operations: ops}) AS items
}
RETURN total, items
