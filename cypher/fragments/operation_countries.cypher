// The countries that took part in operation `o`, as `countries` (a list of Country nodes): the
// one place the pair rule reads PARTICIPATED_IN (the incremental update's before and after, the
// refresh and the repair all compose it), so which participations count is decided here.
CALL (o) {
  MATCH (country:Country)-[:PARTICIPATED_IN]->(o)
  RETURN collect(DISTINCT country) AS countries
}
