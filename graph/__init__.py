"""The graph store on any Neo4j: the model's validation (`facts`), the loader (`load`), the one
named-query runner (`queries`), the API's reads (`read`) and network analysis (`analysis`). It
imports neither `extract/` nor `api/` nor `ctgraph/`; functions take a driver, never open one."""
