// One document's stored text (the cleaned text its offsets point into) with its title and
// source; `text` is null when the document was loaded without one.
// @param id: string — id of the node
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.source AS source, d.text AS text
