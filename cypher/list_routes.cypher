// Routes through a country: trafficking or smuggling movements that start, end or pass through it
// (transit: a route into it followed by a route out of it, same crime).
// @param country: string — name, ISO alpha-2 code, alias or id of the country
// @param crime = null: string — crime of the routes (migrant smuggling, human trafficking, each including both; both; other); null: any
MATCH (c:Country)
WHERE c.id = $country OR c.iso2 = toUpper($country) OR toLower(c.name) = toLower($country)
   OR toLower($country) IN [a IN c.aliases | toLower(a)]
MATCH (a:Country)-[r:ROUTE]->(b:Country)
WHERE (a = c OR b = c)
  AND ($crime IS NULL OR r.crime = $crime
       OR (r.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
RETURN CASE WHEN a = c THEN 'origin' ELSE 'destination' END AS position,
       [a.name, b.name] AS route,
       r.crime AS crime,
       r.purpose AS purpose,
       r.evidence_text AS evidence
UNION
MATCH (c:Country)
WHERE c.id = $country OR c.iso2 = toUpper($country) OR toLower(c.name) = toLower($country)
   OR toLower($country) IN [a IN c.aliases | toLower(a)]
MATCH (a:Country)-[r1:ROUTE]->(c)-[r2:ROUTE]->(b:Country)
WHERE a <> b AND coalesce(r1.crime, '') = coalesce(r2.crime, '')
  AND ($crime IS NULL OR r1.crime = $crime
       OR (r1.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
RETURN 'transit' AS position,
       [a.name, c.name, b.name] AS route,
       r1.crime AS crime,
       r2.purpose AS purpose,
       r1.evidence_text + r2.evidence_text AS evidence
