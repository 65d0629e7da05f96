// Pairs of countries that took part in the same operations (each pair once, smaller iso2 first),
// filtered by country, crime and period, most shared first. Counted from the derived
// CO_INVESTIGATED pairs (a scan of that relationship type, at most one per pair of countries) and
// their tally per (year, crime) (0 and '' when unknown); the shared operations (up to 25, newest
// first) of the page's pairs are the newest of the matching tally entries' own newest 25
// (`tally_recent`, concatenated in the tally's order, min(n, 25) ids each), so no per-operation
// list is read. Without crime and period, `list_pairs` answers.
// @param country = null: string — ISO alpha-2 code of a country; null: any
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param limit: int — page size
// @param offset: int — rows to skip
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
WITH coalesce($year_from, -9223372036854775808) AS lo, coalesce($year_to, 9223372036854775807) AS hi,
     CASE WHEN $year_to IS NULL THEN -9223372036854775808 ELSE 1 END AS known,
     CASE WHEN $crime IN ['migrant smuggling', 'human trafficking'] THEN [$crime, 'both']
          WHEN $crime IS NOT NULL THEN [$crime] END AS crimes
CALL (lo, hi, known, crimes) {
  MATCH (a)-[r:CO_INVESTIGATED]->(b)
  WHERE $country IS NULL OR a.iso2 = $country OR b.iso2 = $country
  WITH a, b, r, coalesce(r.tally_years, []) AS ys, coalesce(r.tally_crimes, []) AS ks,
       r.tally_counts AS ns
  WITH a, b, r, ys, ks, ns, [i IN range(0, size(ys) - 1)
    WHERE lo <= ys[i] <= hi AND ys[i] >= known AND (crimes IS NULL OR ks[i] IN crimes)] AS hits
  WHERE size(hits) > 0
  WITH a, b, r, ys, ks, hits, reduce(n = 0, i IN hits | n + ns[i]) AS shared
  ORDER BY shared DESC, a.iso2, b.iso2
  RETURN collect({a: a {.id, .iso2, .name}, b: b {.id, .iso2, .name}, count: shared,
                  years: COLLECT { UNWIND hits AS i WITH DISTINCT ys[i] AS y WHERE y > 0 RETURN y ORDER BY y },
                  crimes: COLLECT { UNWIND hits AS i WITH DISTINCT ks[i] AS k WHERE k <> '' RETURN k ORDER BY k },
                  pair: r, hits: hits}) AS pairs
}
WITH size(pairs) AS total, pairs[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS x
  CALL (x) {
    WITH x.pair AS r, x.hits AS hits
    WITH r, hits, r.tally_years AS ys, [n IN r.tally_counts | CASE WHEN n < 25 THEN n ELSE 25 END] AS kept
    // per matching entry: its year and where its ids start and end in tally_recent (the stored
    // arrays are dropped before the rows fan out: rows that carry one are several times slower)
    WITH r, [i IN hits | [ys[i], reduce(s = 0, k IN kept[..i] | s + k), kept[i]]] AS entries
    WITH coalesce(r.tally_recent, []) AS recent, entries
    UNWIND entries AS entry
    UNWIND range(entry[1], entry[1] + entry[2] - 1) AS j
    WITH recent[j] AS id, entry[0] AS year ORDER BY year DESC, id DESC LIMIT 25
    MATCH (o:Operation {id: id})
    RETURN collect(o {.id, .name, .year, .crime}) AS ops
  }
  RETURN collect({a: x.a, b: x.b, count: x.count, years: x.years, crimes: x.crimes,
                  operations: ops}) AS items
}
RETURN total, items
