// How many nodes of each label and relationships of each type the graph holds (from the count
// store: each label and type is written out, as graph/model.yaml declares them), and the span of
// operation years (its ends read from the operation_year index, in order, not by a scan).
// Generated from graph/model.yaml by scripts/generate_model_files.py (do not edit; a test compares).
// (no parameters)
CALL () {
  OPTIONAL MATCH (o:Operation) WHERE o.year IS NOT NULL
  WITH o.year AS year ORDER BY year ASC LIMIT 1
  RETURN year AS first_year
}
CALL () {
  OPTIONAL MATCH (o:Operation) WHERE o.year IS NOT NULL
  WITH o.year AS year ORDER BY year DESC LIMIT 1
  RETURN year AS last_year
}
RETURN {
  Document: COUNT { (:Document) },
  Country: COUNT { (:Country) },
  Organisation: COUNT { (:Organisation) },
  Operation: COUNT { (:Operation) },
  Person: COUNT { (:Person) },
  Place: COUNT { (:Place) },
  Event: COUNT { (:Event) },
  Correction: COUNT { (:Correction) },
  CorrectionLog: COUNT { (:CorrectionLog) }
} AS nodes,
{
  MENTIONS: COUNT { ()-[:MENTIONS]->() },
  PARTICIPATED_IN: COUNT { ()-[:PARTICIPATED_IN]->() },
  INVOLVED_IN: COUNT { ()-[:INVOLVED_IN]->() },
  AFFILIATED_WITH: COUNT { ()-[:AFFILIATED_WITH]->() },
  HELD_IN: COUNT { ()-[:HELD_IN]->() },
  ROUTE: COUNT { ()-[:ROUTE]->() },
  SUCCEEDED_BY: COUNT { ()-[:SUCCEEDED_BY]->() },
  CO_INVESTIGATED: COUNT { ()-[:CO_INVESTIGATED]->() }
} AS relationships,
first_year, last_year
