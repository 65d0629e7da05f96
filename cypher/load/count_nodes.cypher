// How many nodes the graph holds (from the count store, no scan): a bulk load needs none.
// (no parameters)
MATCH (n)
RETURN count(n) AS nodes
