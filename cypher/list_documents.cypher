// Documents mentioning an entity: each document, its title and source, and how often and where
// (character offsets) it mentions the entity.
// @param entity: string — name, alias, ISO alpha-2 code or id of the entity
MATCH (e:Entity)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity) OR e.iso2 = toUpper($entity)
   OR toLower($entity) IN [x IN e.aliases | toLower(x)]
MATCH (d:Document)-[m:MENTIONS]->(e)
RETURN e.name AS entity,
       d.id AS document,
       d.title AS title,
       d.source AS source,
       m.count AS mentions,
       m.starts AS starts
ORDER BY mentions DESC, document
