"""The whole graph for other tools: streamed pages of nodes and relationships (`pages`), written
as a Cypher script for another Neo4j (`cypher_script`), GraphML for Gephi and other graph tools
(`graphml`), and FollowTheMoney entities for Aleph and OpenSanctions tooling (`ftm`)."""
