"""ctgraph's settings: one class, read from `CTGRAPH_*` environment variables (and `.env`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _project_root() -> Path:
    """The source checkout ctgraph runs from, or the working directory of an installed ctgraph."""
    checkout = Path(__file__).resolve().parent.parent
    return checkout if (checkout / "pyproject.toml").is_file() else Path.cwd()


PROJECT_ROOT = _project_root()


class Settings(BaseSettings):
    """Every public setting of ctgraph; each field is documented in the README."""

    model_config = SettingsConfigDict(env_prefix="CTGRAPH_", env_file=".env", extra="ignore")

    neo4j_uri: str | None = Field(
        default=None,
        description="Bolt URI of an existing Neo4j (Docker, remote, cluster). "
        "When unset, ctgraph runs its own local Neo4j.",
    )
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = Field(
        default=None,
        description="Password of `neo4j_user`. For the local server it defaults to the one "
        "generated at provisioning (stored in the Neo4j home).",
    )
    neo4j_database: str = "neo4j"
    neo4j_home: Path = Field(
        default=PROJECT_ROOT / ".neo4j", description="Folder of the local Neo4j server."
    )
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = Field(
        default="1g",
        description="JVM heap of the local Neo4j (1g: half the garbage collection of 512m while "
        "loading, and room for the transaction memory limit).",
    )
    neo4j_pagecache: str = Field(default="256m", description="Page cache of the local Neo4j.")
    neo4j_start_timeout: float = 120.0

    neo4j_transaction_memory: str = Field(
        default="256m",
        description="Most memory one transaction of the local Neo4j may use "
        "(`db.memory.transaction.max`); a document whose facts need more fails alone.",
    )
    load_batch_documents: int = Field(
        default=500,
        ge=1,
        description="Most documents loaded in one transaction (fewer round trips and commits); "
        "1 commits every document on its own.",
    )
    extract_max_chars: int = Field(
        default=5_000_000,
        description="Longest text (characters after cleaning) extracted; a longer one fails alone.",
    )
    extract_chunk_chars: int = Field(
        default=50_000,
        description="Texts longer than this are analysed in pieces of at most this size "
        "(cut at paragraph boundaries), so time and memory grow linearly.",
    )

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_read_keys: list[SecretStr] = Field(
        default_factory=list, description="API keys allowed to read. Empty: reads are open."
    )
    api_write_keys: list[SecretStr] = Field(
        default_factory=list, description="API keys allowed to ingest (and read)."
    )
    api_cors_origins: list[str] = Field(default_factory=list)
    api_max_body_bytes: int = 2_000_000
    api_response_cache_mb: float = Field(
        default=64,
        description="Memory for answers kept per graph version and request (0: off); a read "
        "of an unchanged graph is answered from it without a query.",
    )


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; tests call `get_settings.cache_clear()` after changing env."""
    return Settings()
