// Store each document's cleaned text, the text every offset of its mentions and evidence points
// into (served by `GET /documents/{id}/text`): a document with no text given loses the one it
// had, since its new offsets no longer point into it. A query of its own, run after
// write_documents: the texts (up to millions of characters each) cross once, in one batch.
// @param rows: list — list of maps {id, text}; text: the cleaned text, or null
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.text = row.text
RETURN count(d) AS documents
