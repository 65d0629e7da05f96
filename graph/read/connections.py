"""The shortest connection between two entities through facts (relationships other than MENTIONS)."""

from __future__ import annotations

from neo4j import Driver

from ctgraph.graph.read import Row, read_one


def shortest_connection(driver: Driver, source: str, target: str, *, database: str) -> Row | None:
    """The path's nodes and relationships (empty when unconnected); None when an id is unknown."""
    if source == target:  # shortestPath refuses equal ends: the path is the entity alone
        entity = read_one(driver, "get_entity", database=database, id=source)
        if entity is None:
            return None
        nodes = [entity]
        return {"source": source, "target": target, "connected": True, "length": 0,
                "nodes": nodes, "relationships": []}  # fmt: skip
    row = read_one(driver, "find_connection", database=database, source=source, target=target)
    if row is None:
        return None
    nodes = row["nodes"] or []
    return {
        "source": source,
        "target": target,
        "connected": bool(nodes),
        "length": len(nodes) - 1 if nodes else None,
        "nodes": nodes,
        "relationships": row["relationships"] or [],
    }
