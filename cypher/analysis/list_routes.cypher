// Country -[ROUTE]-> Country, one row per relationship, optionally only one crime.
// @param crime = null: string — one crime ('both' routes count for either)
MATCH (a:Country)-[r:ROUTE]->(b:Country)
WHERE ($crime IS NULL OR r.crime = $crime
       OR (r.crime = 'both' AND $crime IN ['migrant smuggling', 'human trafficking']))
RETURN a.id AS source, a.name AS source_name, a.iso2 AS source_iso2,
       b.id AS target, b.name AS target_name, b.iso2 AS target_iso2,
       r.crime AS crime, r.purpose AS purpose, r.kind AS kind,
       coalesce(r.confidence, 0.0) AS confidence,
       coalesce(r.evidence_count, size(coalesce(r.evidence_doc, []))) AS documents
ORDER BY source_iso2, target_iso2
