// Wait until every index is online (a bulk load's schema is populated over the whole graph).
// @param seconds: int — longest wait
CALL db.awaitIndexes($seconds)
