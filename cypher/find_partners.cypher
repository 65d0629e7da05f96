// Co-investigation partners of a country: the states that took part in the same operations, with
// the shared operations and the evidence sentences of each partner's participation.
// @param country: string — name, ISO alpha-2 code, alias or id of the country (e.g. Serbia, RS)
// @param crime = null: string — crime of the operations (migrant smuggling, human trafficking, both, other); null: any
// @param year_from = null: int — earliest year of the operations; null: no lower bound
// @param year_to = null: int — latest year of the operations; null: no upper bound
MATCH (c:Country)
WHERE c.id = $country OR c.iso2 = toUpper($country) OR toLower(c.name) = toLower($country)
   OR toLower($country) IN [a IN c.aliases | toLower(a)]
MATCH (c)-[:PARTICIPATED_IN]->(o:Operation)<-[p:PARTICIPATED_IN]-(partner:Country)
WHERE partner <> c
  AND ($crime IS NULL OR o.crime = $crime
       OR (o.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
  AND ($year_from IS NULL OR o.year >= $year_from)
  AND ($year_to IS NULL OR o.year <= $year_to)
WITH c, partner, o, p
ORDER BY o.year, o.name
WITH c, partner, collect(o) AS ops, collect(p) AS ps
RETURN c.name AS country,
       partner.name AS partner,
       partner.iso2 AS iso2,
       size(ops) AS shared,
       [op IN ops | op.name + coalesce(' (' + toString(op.year) + ')', '')] AS operations,
       COLLECT { UNWIND ps AS x UNWIND x.evidence_text AS s RETURN DISTINCT s } AS evidence
ORDER BY shared DESC, partner
