// The countries that took part in the same operations as one country, read from the derived
// CO_INVESTIGATED relationships (no filter: O(partners), not O(operations)), most shared first,
// with up to `recent` shared operations, newest first: the pair's `recent_operations`, kept by the loader
// (a pair derived before it existed: the newest of its full list; reverse() needs a list
// comprehension: it rejects a stored array). No row when the country is unknown. The operations
// are read only when asked for.
// @param iso2: string — ISO alpha-2 code of the country
// @param limit: int — page size
// @param offset: int — rows to skip
// @param recent: int — how many newest shared operations a pair lists (graph/model.yaml, parameters)
// @param with_operations: bool — list the shared operations
MATCH (c:Country {iso2: $iso2})
WITH c ORDER BY c.id LIMIT 1
CALL (c) {
  OPTIONAL MATCH (c)-[r:CO_INVESTIGATED]-(p:Country)
  WITH p, r ORDER BY r.count DESC, p.iso2
  RETURN [x IN collect({country: p {.id, .iso2, .name}, count: r.count, years: r.years,
                        pair: r}) WHERE x.count IS NOT NULL]
         AS partners
}
WITH c, size(partners) AS total, partners[$offset..$offset + $limit] AS page
CALL (page) {
  UNWIND page AS x
  CALL (x) {
    WITH x.pair AS r WHERE $with_operations
    UNWIND CASE WHEN r.recent_operations IS NULL
                THEN reverse([id IN coalesce(r.operations, []) | id])[..$recent]
                ELSE r.recent_operations END AS id
    MATCH (o:Operation {id: id})
    RETURN collect(o {.id, .name, .year, .crime}) AS ops
  }
  RETURN collect({country: x.country, count: x.count, years: x.years, operations: ops}) AS items
}
RETURN c {.id, .iso2, .name} AS country, total, items
