// Each given operation with its name, year (0: unknown), crime ('': unknown) and the countries
// that PARTICIPATED_IN it, each as [its ordering key (iso2, else id), its id]: what the loader
// compares before and after a change to update CO_INVESTIGATED incrementally.
// @param ids: list — list of operation ids
UNWIND $ids AS id
MATCH (o:Operation {id: id})
RETURN o.id AS id, coalesce(o.name, o.id) AS name, coalesce(o.year, 0) AS year,
       coalesce(o.crime, '') AS crime,
       COLLECT { MATCH (c:Country)-[:PARTICIPATED_IN]->(o) RETURN [coalesce(c.iso2, c.id), c.id] } AS countries
