// The cooperation graph: every country, and every CO_INVESTIGATED pair once (smaller iso2 first).
// (no parameters)
CALL () {
  MATCH (c:Country)
  WITH c ORDER BY c.iso2, c.id
  RETURN collect(c {.id, .iso2, .name}) AS countries
}
CALL () {
  MATCH (a:Country)-[r:CO_INVESTIGATED]-(b:Country)
  WHERE a.iso2 < b.iso2
  WITH a, b, r ORDER BY a.iso2, b.iso2
  RETURN collect({source: a.id, target: b.id, count: r.count, years: coalesce(r.years, []),
                  crimes: coalesce(r.crimes, []), operations: coalesce(r.operations, [])}) AS pairs
}
RETURN countries, pairs
