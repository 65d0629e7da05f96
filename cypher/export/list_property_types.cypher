// Every property name of nodes and of relationships with the value types it has in the graph:
// the GraphML dump declares its keys with these before streaming.
// (no parameters)
CALL db.schema.nodeTypeProperties() YIELD propertyName, propertyTypes
WITH 'node' AS owner, propertyName, propertyTypes WHERE propertyName IS NOT NULL
RETURN owner, propertyName AS name, propertyTypes AS types
UNION ALL
CALL db.schema.relTypeProperties() YIELD propertyName, propertyTypes
WITH 'edge' AS owner, propertyName, propertyTypes WHERE propertyName IS NOT NULL
RETURN owner, propertyName AS name, propertyTypes AS types
