"""`ctgraph correct …` and `ctgraph corrections list|history|export|import|apply`: analysts'
corrections from the command line (`graph.corrections_store`); JSON Lines carry them between
installations and into version control."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ctgraph.cli import app
from ctgraph.database import open_driver
from ctgraph.errors import CtgraphError
from ctgraph.graph import corrections_store as store
from ctgraph.graph.corrections import Correction, new, read_jsonl, write_jsonl
from ctgraph.graph.errors import GraphError
from ctgraph.settings import get_settings

out = Console()
err = Console(stderr=True)
correct = typer.Typer(help="Correct the graph: reject, assert, merge, split, set, withdraw.",
                      no_args_is_help=True)  # fmt: skip
corrections = typer.Typer(help="The corrections' log: list, history, export, import, apply.",
                          no_args_is_help=True)  # fmt: skip
app.add_typer(correct, name="correct")
app.add_typer(corrections, name="corrections")

Author = Annotated[
    str | None, typer.Option("--author", help="Who corrects (default: $CTGRAPH_AUTHOR, else your user name).")
]  # fmt: skip
Why = Annotated[str | None, typer.Option("--why", help="Why (free text, kept in the log).")]
Id = Annotated[str, typer.Argument(help="An entity id, e.g. country:HU, operation:kanis.")]


def _author(given: str | None) -> str:
    return given or os.environ.get("CTGRAPH_AUTHOR") or getpass.getuser()


def _make(action: str, author: str | None, why: str | None, **fields: Any) -> None:
    """Write one correction and print its id (exit 1 with the reason when it fails)."""
    settings = get_settings()
    try:
        record = new(action, author=_author(author), reason=why, **fields)
        with open_driver(settings) as driver:
            store.correct(driver, record, database=settings.neo4j_database)
    except (GraphError, CtgraphError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e
    out.print(f"{record.action} {record.key}: {record.id}")


def _target(first: str, second: str, third: str | None) -> dict[str, Any]:
    """A fact (`TYPE source target`) or a property (`entity property`)."""
    if third is not None:
        return {"fact_type": first, "source": second, "target": third}
    return {"entity": first, "property": second}


@correct.command("reject")
def reject(
    first: Annotated[str, typer.Argument(help="A fact's type (PARTICIPATED_IN), or an entity id.")],
    second: Annotated[str, typer.Argument(help="The fact's source id, or the property (year).")],
    third: Annotated[str | None, typer.Argument(help="The fact's target id.")] = None,
    author: Author = None,
    why: Why = None,
) -> None:
    """Reject a fact (TYPE SOURCE TARGET) or a property's value (ENTITY PROPERTY)."""
    _make("reject", author, why, **_target(first, second, third))


@correct.command("assert")
def assert_fact(
    fact_type: Annotated[str, typer.Argument(help="The fact's type, e.g. PARTICIPATED_IN.")],
    source: Id,
    target: Id,
    document: Annotated[str | None, typer.Option(help="The document id that says it.")] = None,
    quote: Annotated[str | None, typer.Option(help="The sentence that says it.")] = None,
    url: Annotated[str | None, typer.Option(help="Or where else it is said.")] = None,
    prop: Annotated[
        list[str] | None, typer.Option("--prop", help="A property: name=value.")
    ] = None,
    author: Author = None,
    why: Why = None,
) -> None:
    """Assert a fact the extractor missed, with your source (--document and --quote, or --url)."""
    props = dict(p.split("=", 1) for p in prop or [] if "=" in p)
    _make("assert", author, why, fact_type=fact_type, source=source, target=target,
          source_document=document, quote=quote, url=url, props=props or None)  # fmt: skip


@correct.command("merge")
def merge(keep: Id, other: Id, author: Author = None, why: Why = None) -> None:
    """Merge OTHER into KEEP: its facts follow, its names become KEEP's aliases."""
    _make("merge", author, why, keep=keep, other=other)


@correct.command("split")
def split(keep: Id, other: Id, author: Author = None, why: Why = None) -> None:
    """Split a merge of OTHER into KEEP: OTHER comes back on its documents' next load."""
    _make("split", author, why, keep=keep, other=other)


@correct.command("set")
def set_property(
    entity: Id,
    prop: Annotated[str, typer.Argument(metavar="PROPERTY", help="e.g. year, crime, name.")],
    value: Annotated[str, typer.Argument(help="The value (JSON numbers and true/false as such).")],
    author: Author = None,
    why: Why = None,
) -> None:
    """Set a property over the extracted value (an operation's year, crime or name)."""
    _make("set", author, why, entity=entity, property=prop, value=_value(value))


@correct.command("withdraw")
def withdraw(
    correction_id: Annotated[str, typer.Argument(help="The id `correct` printed.")],
    author: Author = None,
    why: Why = None,
) -> None:
    """Withdraw a correction (the log keeps both); what it did is undone."""
    settings = get_settings()
    try:
        with open_driver(settings) as driver:
            done = store.withdraw(driver, correction_id, author=_author(author), reason=why,
                                  database=settings.neo4j_database)  # fmt: skip
    except (GraphError, CtgraphError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e
    out.print(f"withdrew {correction_id}: {done.id}")


def _value(text: str) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return text
    return value if isinstance(value, int | float | bool) else text


@corrections.command("list")
def list_corrections(
    entity: Annotated[str | None, typer.Option(help="Only those naming this entity id.")] = None,
    action: Annotated[str | None, typer.Option(help="Only this action.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines with the state.")] = False,
) -> None:
    """The corrections' log, oldest first, with each record's state."""
    _show(lambda driver, db: store.listed(driver, entity=entity, action=action, limit=100_000,
                                          database=db), as_json)  # fmt: skip


@corrections.command("history")
def history(
    key: Annotated[
        list[str], typer.Argument(help="TYPE SOURCE TARGET, ENTITY PROPERTY or merge A B.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines with the state.")] = False,
) -> None:
    """Every correction of one fact, property or pair, and its withdrawals, with who and when."""
    _show(lambda driver, db: store.history(driver, " ".join(key), database=db), as_json)


def _show(read: Any, as_json: bool) -> None:
    settings = get_settings()
    try:
        with open_driver(settings) as driver:
            found: list[store.Listed] = read(driver, settings.neo4j_database)
    except (GraphError, CtgraphError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e
    if as_json:
        for item in found:
            print(json.dumps({**item.record.row(), "state": item.state}, ensure_ascii=False))
        return
    table = Table("id", "action", "target", "by", "at", "state", "why")
    for item in found:
        r = item.record
        table.add_row(r.id, r.action, r.key, r.author, r.at[:19], item.state, r.reason or "")
    out.print(table)


@corrections.command("export")
def export(
    to: Annotated[Path | None, typer.Option("--out", "-o", help="File (default: stdout).")] = None,
) -> None:
    """The whole log as JSON Lines (corrections and withdrawals): for version control, or
    `ctgraph corrections import` on another installation."""
    settings = get_settings()
    try:
        with open_driver(settings) as driver:
            records = store.every_record(driver, database=settings.neo4j_database)
    except (GraphError, CtgraphError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e
    lines = write_jsonl(records)
    if to is None:
        sys.stdout.writelines(lines)
        return
    to.write_text("".join(lines), encoding="utf-8")
    err.print(f"wrote {len(records)} records to {to}")


@corrections.command("import")
def import_(
    source: Annotated[Path, typer.Argument(help="A JSON Lines file of `corrections export`.")],
) -> None:
    """Add the records of a file the log does not hold (by id) and apply every correction."""
    settings = get_settings()
    try:
        with source.open(encoding="utf-8") as lines:
            records: list[Correction] = read_jsonl(lines, name=str(source))
        with open_driver(settings) as driver:
            added = store.import_records(driver, records, database=settings.neo4j_database)
    except OSError as e:
        err.print(f"[red]error:[/red] cannot read {source}: {e}")
        raise typer.Exit(1) from e
    except (GraphError, CtgraphError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e
    out.print(f"{added} new of {len(records)} records; every correction in force applied")


@corrections.command("apply")
def apply() -> None:
    """Apply every correction in force to the whole graph (loads do it for what they touch)."""
    settings = get_settings()
    try:
        with open_driver(settings) as driver:
            count = store.apply_all(driver, database=settings.neo4j_database)
    except (GraphError, CtgraphError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e
    out.print(f"{count} corrections in force applied")
