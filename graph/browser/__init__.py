"""What Neo4j Browser shows an analyst: ctgraph's style (`style.grass`) and a guide generated
from the query library (`guide.py`), both served by the API for Browser's post-connect command."""
