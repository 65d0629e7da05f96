// The countries that took part in the same operations as one country (filtered by crime and period;
// an operation of crime 'both' counts for either crime), most shared first. Counted from the
// derived CO_INVESTIGATED pairs' tally per (year, crime) (0 and '' when unknown: at most a hundred
// entries a pair), not by walking the country's operations; the shared operations (up to 25,
// newest first), when asked for, for the page only: the newest of the matching tally entries' own
// newest 25 (`tally_recent`, concatenated in the tally's order, min(n, 25) ids each).
// No row when the country is unknown.
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param iso2: string — ISO alpha-2 code of the country
// @param limit: int — page size
// @param offset: int — rows to skip
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
  RETURN collect({country: x.country, count: x.count, years: x.years, operations: ops}) AS items
}
RETURN c {.id, .iso2, .name} AS country, total, items
