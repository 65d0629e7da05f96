"""The README documents every public setting and command, and the compose file is valid."""

from __future__ import annotations

import typer.main
import yaml

from ctgraph.cli import app
from ctgraph.settings import PROJECT_ROOT, Settings

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    missing = [f"CTGRAPH_{name.upper()}" for name in Settings.model_fields]
    missing = [var for var in missing if f"`{var}`" not in README]
    assert not missing, f"settings missing from the README: {missing}"


def _commands(group: typer.Typer, prefix: str = "ctgraph") -> list[str]:
    click_group = typer.main.get_command(group)
    names: list[str] = []
    for name, command in click_group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(command, "commands", None)
        names += [f"{prefix} {name} {s}" for s in sub] if sub else [f"{prefix} {name}"]
    return names


def test_every_command_is_documented() -> None:
    missing = [cmd for cmd in _commands(app) if cmd not in README]
    assert not missing, f"commands missing from the README: {missing}"


def test_readme_gives_the_two_commands() -> None:
    assert "scripts/run" in README and "scripts/test" in README


def test_compose_file_parses_and_has_a_healthcheck() -> None:
    compose = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert "healthcheck" in neo4j
    assert compose["services"]["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
