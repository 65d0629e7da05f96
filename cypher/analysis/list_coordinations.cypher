// Who coordinates whom: an organisation that coordinated or led an operation, and each country that
// participated in it; one row per (organisation, country) with the operations behind it.
// @param roles: list — the INVOLVED_IN roles that count as coordinating, e.g. ['coordinated', 'led']
// @param crime = null: string — 'migrant smuggling', 'human trafficking' (each includes 'both'), 'both' or 'other'
// @param year_from = null: int — first year of the period (operations of unknown year drop out)
// @param year_to = null: int — last year of the period
MATCH (g:Organisation)-[r:INVOLVED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(c:Country)
WHERE r.role IN $roles
  AND ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
WITH g, c, o
ORDER BY o.year, o.id
RETURN g.id AS organisation, g.name AS organisation_name,
       c.id AS country, c.name AS country_name, c.iso2 AS iso2,
       count(DISTINCT o) AS count, collect(DISTINCT o.id) AS operations
ORDER BY organisation, iso2
