// The countries that took part in the same operations as one country (filtered by crime and period;
// an operation of crime 'both' counts for either crime), most shared first. Counted from the
// derived CO_INVESTIGATED pairs' tally per (year, crime) (0 and '' when unknown: at most a hundred
// entries a pair), not by walking the country's operations; the shared operations (up to `recent`,
// newest first), when asked for, for the page only: the newest of the matching tally entries' own
// newest `recent` (`tally_recent`, concatenated in the tally's order, min(n, `recent`) ids each).
// No row when the country is unknown.
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param iso2: string — ISO alpha-2 code of the country
// @param limit: int — page size
// @param offset: int — rows to skip
// @param recent: int — how many newest shared operations a pair lists (graph/model.yaml, parameters)
// @param with_operations: bool — list the shared operations
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
MATCH (c:Country {iso2: $iso2})
WITH c ORDER BY c.id LIMIT 1
CALL (c) {
  MATCH (c)-[r:CO_INVESTIGATED]-(p:Country)
  WITH p, r, coalesce(r.tally_years, []) AS ys, coalesce(r.tally_crimes, []) AS ks,
       r.tally_counts AS ns
  WITH p, r, ys, ns, [i IN range(0, size(ys) - 1)
    WHERE ($year_from IS NULL OR ys[i] >= $year_from)
      AND ($year_to IS NULL OR (ys[i] > 0 AND ys[i] <= $year_to))
      AND ($crime IS NULL OR ks[i] = $crime
           OR (ks[i] = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))] AS hits
  WHERE size(hits) > 0
  WITH p, r, hits, reduce(n = 0, i IN hits | n + ns[i]) AS shared,
       COLLECT { UNWIND hits AS i WITH DISTINCT ys[i] AS y WHERE y > 0 RETURN y ORDER BY y } AS years
  ORDER BY shared DESC, p.iso2
  RETURN collect({country: p {.id, .iso2, .name}, count: shared, years: years, pair: r, hits: hits})
         AS partners
}
WITH c, size(partners) AS total, partners[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS x
  CALL (x) {
    WITH x.pair AS r, x.hits AS hits WHERE $with_operations
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
  RETURN collect({country: x.country, count: x.count, years: x.years, operations: ops}) AS items
}
RETURN c {.id, .iso2, .name} AS country, total, items
