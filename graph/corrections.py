"""Analysts' corrections as typed records: what a correction says, its stable key, JSON Lines.

A correction names what it corrects by entity ids and relationship types, never by offsets or
model versions, so it still applies after any re-extraction (docs/corrections.md):

- `reject` a fact (`fact_type`, `source`, `target`) or a property's value (`entity`, `property`);
- `assert` a fact the extractor missed, with the analyst's source (`source_document` + `quote`,
  or `url`) and optional properties (`props`, e.g. `{"role": "coordinated"}`);
- `merge` entity `other` into entity `keep`, and `split` a merge of the two;
- `set` a property (`entity`, `property`, `value`) over the extracted value;
- `withdraw` another correction (`withdraws`): the log is append-only, for the audit.

The records are declared in `graph/model.yaml` (label `Correction`); this module checks them
against it. Writing and applying them is `graph.corrections_store` / `graph.corrections_apply`.
"""

from __future__ import annotations

import builtins
import json
import secrets
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from ctgraph.graph.errors import InvalidCorrection
from ctgraph.graph.model import model

Action = Literal["reject", "assert", "merge", "split", "set", "withdraw"]
ACTIONS: tuple[str, ...] = ("reject", "assert", "merge", "split", "set", "withdraw")
# Properties a correction may set or reject: an entity's name, or a non-loader property.
_FIXED = {"id", "aliases", "alias_text"}


class Correction(BaseModel):
    """One record of the corrections' log (graph/model.yaml, `Correction`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    action: Action
    key: str = ""
    author: str
    at: str
    reason: str | None = None
    fact_type: str | None = None
    source: str | None = None
    target: str | None = None
    props: str | None = None
    entity: str | None = None
    property: str | None = None
    value: str | None = None
    keep: str | None = None
    other: str | None = None
    source_document: str | None = None
    quote: str | None = None
    url: str | None = None
    withdraws: str | None = None
    snapshot: str | None = None
    documents: list[str] | None = None
    paired: bool | None = None

    @model_validator(mode="after")
    def _complete(self) -> Correction:
        problem = _problem(self)
        if problem:
            raise ValueError(problem)
        if self.key != key_of(self):
            object.__setattr__(self, "key", key_of(self))
        return self

    @builtins.property
    def is_fact(self) -> bool:
        """True when it rejects or asserts a relationship (else a property, a pair, a withdrawal)."""
        return self.fact_type is not None

    def parsed_value(self) -> Any:
        """The value a `set` gives (None for a rejected property)."""
        return None if self.value is None else json.loads(self.value)

    def parsed_props(self) -> dict[str, Any]:
        """The properties an `assert` gives its fact."""
        return {} if self.props is None else dict(json.loads(self.props))

    def row(self) -> dict[str, Any]:
        """The record as the node's properties (nulls left out)."""
        return self.model_dump(exclude_none=True)


def new(action: str, *, author: str, reason: str | None = None, **fields: Any) -> Correction:
    """A new record with a time-ordered id and the current time; `InvalidCorrection` when it
    does not say what it needs (a `set` without a value, a fact type the model does not have)."""
    now = datetime.now(UTC)
    made = {
        "id": f"c{now:%Y%m%dT%H%M%S%f}-{secrets.token_hex(4)}",
        "at": now.isoformat().replace("+00:00", "Z"),
        "action": action,
        "author": author,
        "reason": reason,
        "paired": True,  # its writer keeps CO_INVESTIGATED in step (a Browser command does not)
    }
    if action != "set":
        fields.pop("value", None)  # only a `set` gives a value
    elif fields.get("value") is not None:
        fields["value"] = json.dumps(fields["value"])
    if isinstance(fields.get("props"), dict):
        fields["props"] = json.dumps(fields["props"], sort_keys=True) if fields["props"] else None
    return parse({**made, **{k: v for k, v in fields.items() if v is not None}})


def parse(data: Any) -> Correction:
    """A record from its JSON form; `InvalidCorrection` saying what is wrong."""
    try:
        return Correction.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidCorrection(f"{where + ': ' if where else ''}{first['msg']}") from e


def fact_key(fact_type: str, source: str, target: str) -> str:
    """The stable key of a fact: `PARTICIPATED_IN country:HU operation:x`."""
    return f"{fact_type} {source} {target}"


def property_key(entity: str, prop: str) -> str:
    """The stable key of a property: `operation:x year`."""
    return f"{entity} {prop}"


def pair_key(a: str, b: str) -> str:
    """The stable key of a pair of entities (merge, split): `merge a b`, ids sorted."""
    first, second = sorted((a, b))
    return f"merge {first} {second}"


def key_of(c: Correction) -> str:
    """The key of what the record corrects (a withdrawal: the key given, its correction's)."""
    if c.fact_type is not None and c.source is not None and c.target is not None:
        return fact_key(c.fact_type, c.source, c.target)
    if c.entity is not None and c.property is not None:
        return property_key(c.entity, c.property)
    if c.keep is not None and c.other is not None:
        return pair_key(c.keep, c.other)
    return c.key


def _problem(c: Correction) -> str | None:
    """What the record lacks or contradicts in the model, or None."""
    if c.action == "withdraw":
        return None if c.withdraws else "a withdrawal names the correction it withdraws"
    if c.action in ("merge", "split"):
        if not c.keep or not c.other or c.keep == c.other:
            return f"a {c.action} names two different entities: keep and other"
        return None
    if c.action == "assert" and not c.is_fact:
        return "an assertion names a fact: fact_type, source and target"
    if c.action == "assert" and not (c.url or (c.source_document and c.quote)):
        return "an assertion gives its evidence: source_document and quote, or url"
    if c.is_fact:
        return _fact_problem(c)
    if c.entity is None or c.property is None:
        return f"a {c.action} names a fact (fact_type, source, target) or a property (entity, property)"
    if c.action == "set" and c.value is None:
        return "a set gives a value"
    return _property_problem(c.property, c.parsed_value())


def _fact_problem(c: Correction) -> str | None:
    declared = model().relation(c.fact_type or "")
    if declared is None or declared.kind != "extracted":
        kinds = ", ".join(r.name for r in model().relations if r.kind == "extracted")
        return f"fact_type {c.fact_type!r} is not a kind of fact ({kinds})"
    if not c.source or not c.target:
        return "a fact names its source and target entity ids"
    for name, value in c.parsed_props().items():
        prop = declared.property(name)
        if prop is None:
            return f"{c.fact_type} has no property {name!r}"
        problem = prop.problem(value)
        if problem:
            return f"{c.fact_type}.{name} {problem}"
    return None


def _property_problem(name: str, value: Any) -> str | None:
    if name == "name":
        return None if value is None or isinstance(value, str) else "name must be a string"
    found = [
        label.property(name)
        for label in model().labels
        if label.entity and label.property(name) is not None
    ]
    declared = [p for p in found if p is not None and not p.loader and name not in _FIXED]
    if not declared:
        return f"no entity has a property {name!r} that a correction may change"
    problems = [p.problem(value) for p in declared]
    return None if any(p is None for p in problems) else f"{name} {problems[0]}"


def write_jsonl(records: Iterable[Correction]) -> Iterator[str]:
    """The records as JSON Lines (one line each, with its newline)."""
    for record in records:
        yield json.dumps(record.row(), ensure_ascii=False, sort_keys=True) + "\n"


def read_jsonl(lines: Iterable[str], *, name: str = "corrections") -> list[Correction]:
    """Records from JSON Lines; `InvalidCorrection` naming the line of the first bad one."""
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(parse(json.loads(line)))
        except (json.JSONDecodeError, InvalidCorrection) as e:
            raise InvalidCorrection(f"{name}:{number}: {e}") from e
    return records
