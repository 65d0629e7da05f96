// The evidence for a relation: every supporting sentence of the relationships between two entities
// (either direction), with document, offsets, page (in a PDF), confidence and extractor.
// @param source: string — name, alias, ISO alpha-2 code or id of one entity
// @param target: string — name, alias, ISO alpha-2 code or id of the other entity
// @param type = null: string — relationship type (e.g. PARTICIPATED_IN); null: any
MATCH (a:Entity)
WHERE a.id = $source OR toLower(a.name) = toLower($source) OR a.iso2 = toUpper($source)
   OR toLower($source) IN [x IN a.aliases | toLower(x)]
MATCH (b:Entity)
WHERE b.id = $target OR toLower(b.name) = toLower($target) OR b.iso2 = toUpper($target)
   OR toLower($target) IN [x IN b.aliases | toLower(x)]
MATCH (a)-[r]-(b)
WHERE r.evidence_doc IS NOT NULL AND ($type IS NULL OR type(r) = $type)
UNWIND range(0, size(r.evidence_doc) - 1) AS i
RETURN startNode(r).name AS source,
       type(r) AS type,
       endNode(r).name AS target,
       r.evidence_doc[i] AS document,
       r.evidence_start[i] AS start_offset,
       r.evidence_end[i] AS end_offset,
       r.evidence_confidence[i] AS confidence,
       CASE WHEN r.evidence_page[i] > 0 THEN r.evidence_page[i] END AS page,
       r.evidence_text[i] AS sentence,
       r.extractor AS extractor
ORDER BY type, document, start_offset
