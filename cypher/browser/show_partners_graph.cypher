// The demo question as a graph: a country, the operations it shared with other states (filtered
// by crime), those states, and the organisations involved; for Neo4j Browser's graph view.
// @param country: string — name, ISO alpha-2 code, alias or id of the country (e.g. Serbia, RS)
// @param crime = null: string — crime of the operations (migrant smuggling, human trafficking, both, other); null: any
MATCH (c:Country)
WHERE c.id = $country OR c.iso2 = toUpper($country) OR toLower(c.name) = toLower($country)
   OR toLower($country) IN [a IN c.aliases | toLower(a)]
MATCH (c)-[p:PARTICIPATED_IN]->(o:Operation)<-[q:PARTICIPATED_IN]-(partner:Country)
WHERE partner <> c
  AND ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
OPTIONAL MATCH (g:Organisation)-[i:INVOLVED_IN]->(o)
RETURN c, p, o, q, partner, g, i
