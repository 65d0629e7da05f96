// The cooperation graph's edges: every CO_INVESTIGATED pair once (smaller iso2 first), streamed row
// by row (sorted before any list is read, so the sort holds references only), with the shared
// operations that pass the filters (read from the pair's per-operation years and crimes, 0 and ''
// when unknown); a pair left with none is not exported.
// @param country = null: string — ISO alpha-2 code of a country; null: any
// @param crime = null: string — migrant smuggling, human trafficking (each includes both), both or other; null: any
// @param year_from = null: int — first year of the period; null: no lower bound
// @param year_to = null: int — last year of the period; null: no upper bound
MATCH (a)-[r:CO_INVESTIGATED]->(b)
WHERE $country IS NULL OR a.iso2 = $country OR b.iso2 = $country
WITH a, b, r
ORDER BY a.iso2, b.iso2
WITH a, b, r.operations AS ids, coalesce(r.operation_years, []) AS ys,
     coalesce(r.operation_crimes, []) AS ks
WITH a, b, ids, ys, ks, [i IN range(0, size(ys) - 1)
  WHERE ($year_from IS NULL OR ys[i] >= $year_from)
    AND ($year_to IS NULL OR (ys[i] > 0 AND ys[i] <= $year_to))
    AND ($crime IS NULL OR ks[i] = $crime
         OR (ks[i] = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))] AS hits
WHERE size(hits) > 0
RETURN a.id AS source, b.id AS target, coalesce(a.iso2, '') AS source_iso2,
       coalesce(b.iso2, '') AS target_iso2, size(hits) AS count,
       COLLECT { UNWIND hits AS i WITH DISTINCT ys[i] AS y WHERE y > 0 RETURN y ORDER BY y } AS years,
       COLLECT { UNWIND hits AS i WITH DISTINCT ks[i] AS k WHERE k <> '' RETURN k ORDER BY k } AS crimes,
       [i IN hits | ids[i]] AS operations
