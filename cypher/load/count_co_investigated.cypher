// How many CO_INVESTIGATED pairs the graph holds (from the count store, no scan).
// (no parameters)
MATCH ()-[c:CO_INVESTIGATED]->()
RETURN count(c) AS pairs
