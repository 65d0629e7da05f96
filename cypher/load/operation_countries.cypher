// Each given operation with its name, year (0: unknown), crime ('': unknown) and the countries
// that took part in it (cypher/fragments/operation_countries), each as [its ordering key (iso2,
// else id), its id]: what the loader compares before and after a change to update
// CO_INVESTIGATED incrementally.
// @param ids: list — list of operation ids
UNWIND $ids AS id
MATCH (o:Operation {id: id})
// @fragment operation_countries
RETURN o.id AS id, coalesce(o.name, o.id) AS name, coalesce(o.year, 0) AS year,
       coalesce(o.crime, '') AS crime, [c IN countries | [coalesce(c.iso2, c.id), c.id]] AS countries
