// How many nodes of each label and relationships of each type the graph holds, and the span of
// operation years.
// (no parameters)
CALL () { MATCH (o:Operation) RETURN min(o.year) AS first_year, max(o.year) AS last_year }
RETURN {
  Document: COUNT { (:Document) }, Country: COUNT { (:Country) },
  Organisation: COUNT { (:Organisation) }, Operation: COUNT { (:Operation) },
  Person: COUNT { (:Person) }, Place: COUNT { (:Place) }, Event: COUNT { (:Event) }
} AS nodes,
{
  MENTIONS: COUNT { ()-[:MENTIONS]->() }, PARTICIPATED_IN: COUNT { ()-[:PARTICIPATED_IN]->() },
  INVOLVED_IN: COUNT { ()-[:INVOLVED_IN]->() }, AFFILIATED_WITH: COUNT { ()-[:AFFILIATED_WITH]->() },
  HELD_IN: COUNT { ()-[:HELD_IN]->() }, ROUTE: COUNT { ()-[:ROUTE]->() },
  SUCCEEDED_BY: COUNT { ()-[:SUCCEEDED_BY]->() }, CO_INVESTIGATED: COUNT { ()-[:CO_INVESTIGATED]->() }
} AS relationships,
first_year, last_year
