// Operations of a country: every operation it took part in, with year, crime, the other
// participating countries and the evidence sentences.
// @param country: string — name, ISO alpha-2 code, alias or id of the country (e.g. Romania, RO)
// @param crime = null: string — crime of the operations (migrant smuggling, human trafficking, both, other); null: any
// @param year_from = null: int — earliest year; null: no lower bound
// @param year_to = null: int — latest year; null: no upper bound
MATCH (c:Country)
WHERE c.id = $country OR c.iso2 = toUpper($country) OR toLower(c.name) = toLower($country)
   OR toLower($country) IN [a IN c.aliases | toLower(a)]
MATCH (c)-[p:PARTICIPATED_IN]->(o:Operation)
WHERE ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
RETURN o.name AS operation,
       o.year AS year,
       o.crime AS crime,
       COLLECT { MATCH (o)<-[:PARTICIPATED_IN]-(x:Country) WHERE x <> c RETURN x.name ORDER BY x.name } AS partners,
       p.evidence_text AS evidence
ORDER BY year, operation
