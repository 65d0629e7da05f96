"""From settings to a Neo4j driver: a configured server, or ctgraph's own local one."""

from __future__ import annotations

from neo4j import Driver, GraphDatabase, NotificationDisabledClassification
from neo4j.exceptions import AuthError, ServiceUnavailable

from ctgraph.graph.errors import ConnectionFailed
from ctgraph.server.local import ServerConfig, read_password
from ctgraph.settings import Settings


def server_config(settings: Settings) -> ServerConfig:
    """The local server's configuration, as the settings describe it."""
    return ServerConfig(
        home=settings.neo4j_home,
        bolt_port=settings.neo4j_bolt_port,
        http_port=settings.neo4j_http_port,
        heap=settings.neo4j_heap,
        pagecache=settings.neo4j_pagecache,
        transaction_memory=settings.neo4j_transaction_memory,
        start_timeout=settings.neo4j_start_timeout,
        api_url=api_url(settings),
    )


def api_url(settings: Settings) -> str:
    """The API's address as a browser on this machine reaches it (a wildcard host is loopback)."""
    host = "127.0.0.1" if settings.api_host in ("0.0.0.0", "::", "") else settings.api_host
    return f"http://{host}:{settings.api_port}"


def uses_local_server(settings: Settings) -> bool:
    """True when no Neo4j URI is configured, so ctgraph runs its own server."""
    return settings.neo4j_uri is None


def connection(settings: Settings) -> tuple[str, tuple[str, str]]:
    """The Bolt URI and credentials ctgraph connects with."""
    if settings.neo4j_password is not None:
        password = settings.neo4j_password.get_secret_value()
    elif uses_local_server(settings):
        password = read_password(server_config(settings)) or ""
    else:
        raise ConnectionFailed(
            "CTGRAPH_NEO4J_URI is set but CTGRAPH_NEO4J_PASSWORD is not: set it."
        )
    uri = settings.neo4j_uri or server_config(settings).bolt_uri
    return uri, (settings.neo4j_user, password)


def open_driver(settings: Settings) -> Driver:
    """A driver checked to answer; a `ConnectionFailed` that says what to do otherwise."""
    uri, auth = connection(settings)
    # Fail within seconds, not the default 30 s of retries, when Neo4j has gone away. Queries
    # name every label and type of the model, which a young graph lacks: no warning for that.
    driver = GraphDatabase.driver(
        uri,
        auth=auth,
        max_transaction_retry_time=5.0,
        notifications_disabled_classifications=[NotificationDisabledClassification.UNRECOGNIZED],
    )
    try:
        driver.verify_connectivity()
    except AuthError as e:
        driver.close()
        raise ConnectionFailed(
            f"Neo4j at {uri} refused the credentials of {auth[0]!r}: check CTGRAPH_NEO4J_PASSWORD."
        ) from e
    except (ServiceUnavailable, OSError) as e:
        driver.close()
        hint = (
            "run `ctgraph neo4j start`"
            if uses_local_server(settings)
            else "check CTGRAPH_NEO4J_URI"
        )
        raise ConnectionFailed(f"Neo4j does not answer at {uri}: {hint}.") from e
    return driver
