"""The README documents every public setting and command, every command it shows runs, and the
compose file is valid."""

from __future__ import annotations

import re
import shlex

import pytest
import typer.main
import yaml
from neo4j import Driver
from typer.testing import CliRunner

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


# Commands that serve or open something until stopped: the README's lines are checked to parse,
# then run with --help (their behaviour has tests of its own).
LONG_RUNNING = {"serve", "notebooks", "up"}


def _readme_commands() -> list[list[str]]:
    """The `ctgraph ...` lines of the README's bash blocks, as argument lists."""
    commands = []
    for block in re.findall(r"```bash\n(.*?)```", README, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            if words and words[0] == "ctgraph":
                commands.append(words[1:])
    return commands


def test_the_readme_has_commands_to_run() -> None:
    assert len(_readme_commands()) >= 8


@pytest.mark.neo4j
@pytest.mark.model
def test_every_readme_command_runs(cli_env: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each `ctgraph` line of the README, in order, exits 0 against the test server."""
    monkeypatch.chdir(PROJECT_ROOT)
    runner = CliRunner()
    for words in _readme_commands():
        args = [words[0], "--help"] if words[0] in LONG_RUNNING else words
        result = runner.invoke(app, args)
        assert result.exit_code == 0, f"ctgraph {shlex.join(words)}\n{result.output}"
