// Every operation (filtered by crime and period) with how many countries and organisations took
// part.
// @param crime = null: string — 'migrant smuggling', 'human trafficking' (each includes 'both'), 'both' or 'other'
// @param year_from = null: int — first year of the period (operations of unknown year drop out)
// @param year_to = null: int — last year of the period
MATCH (o:Operation)
WHERE ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
RETURN o.id AS operation, o.name AS name, o.year AS year, o.crime AS crime, o.named AS named,
       COUNT { (o)<-[:PARTICIPATED_IN]-(:Country) } AS countries,
       COUNT { (o)<-[:INVOLVED_IN]-(:Organisation) } AS organisations
ORDER BY year, operation
