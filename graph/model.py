"""The graph model as typed records, read from `graph/model.yaml`: the one declaration of labels,
relationship types and properties that validation, the schema, the docs and the tests follow.

`model()` is the packaged file, read once; `load_model(path_or_dict)` reads another declaration
(a test's copy with a throwaway kind). A malformed declaration is an `InvalidModel`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from ctgraph.graph.errors import InvalidModel

MODEL_FILE = Path(__file__).with_name("model.yaml")
RelationKind = Literal["extracted", "derived", "structural"]
TYPES = frozenset(
    {"string", "int", "float", "bool", "date", "datetime"}
    | {"list[string]", "list[int]", "list[float]", "map[int]"}
)
INT64 = (-(2**63), 2**63 - 1)
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_LABEL = re.compile(r"^[A-Z][A-Za-z]*$")
_TYPE = re.compile(r"^[A-Z][A-Z_]*$")
_PROPERTY = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Property:
    """One declared property: its type and how the graph treats it."""

    name: str
    type: str
    required: bool = False
    unique: bool = False
    index: bool = False
    search: bool = False
    loader: bool = False
    values: tuple[str, ...] = ()
    stored_as: str | None = None
    about: str = ""

    def problem(self, value: Any) -> str | None:
        """Why `value` cannot be this property (None when it can); null is "not given"."""
        if value is None:
            return "is required" if self.required else None
        problem = _type_problem(self.type, value)
        if problem is None and self.values and value not in self.values:
            problem = f"must be one of {', '.join(self.values)}"
        return None if problem is None else f"{problem}, got {_shown(value)}"


@dataclass(frozen=True, slots=True)
class Ftm:
    """How the FollowTheMoney export writes a kind: its FtM `schema`; for a label, the FtM
    properties each property fills (`properties`); for a relationship type, the link's `source`
    and `target` properties and its role (a fixed text, and/or the property `role_from`)."""

    schema: str
    properties: tuple[tuple[str, tuple[str, ...]], ...] = ()
    source: str = ""
    target: str = ""
    role: str = ""
    role_from: str = ""


@dataclass(frozen=True, slots=True)
class Declared:
    """What labels and relationship types share: a name, Browser style, meaning, properties,
    and the FollowTheMoney export's mapping (None: not exported)."""

    name: str
    caption: str | None
    color: str
    about: str
    properties: tuple[Property, ...]
    ftm: Ftm | None

    def property(self, name: str) -> Property | None:
        """The declared property of this name, or None."""
        return next((p for p in self.properties if p.name == name), None)


@dataclass(frozen=True, slots=True)
class Label(Declared):
    """A node label and its own properties (entities share the model's `entity` ones too), and its
    composite range indexes (property names, in the index's order)."""

    entity: bool
    indexes: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class RelationType(Declared):
    """A relationship type: endpoints (a label, or the entity label for any entity) and kind;
    whether its direction means anything (`directed`), and the numeric property its drawn
    width grows with (`width`, None: one width)."""

    source: str
    target: str
    kind: RelationKind
    directed: bool = True
    width: str | None = None


@dataclass(frozen=True, slots=True)
class Parameter:
    """A value queries take from the model (`@param <name>`), declared once: e.g. `recent`."""

    name: str
    value: int
    about: str = ""


@dataclass(frozen=True, slots=True)
class Model:
    """The whole declaration: the entity base label, the labels, relationship types, provenance,
    and the parameters the queries take from it."""

    entity: Label
    labels: tuple[Label, ...]
    relations: tuple[RelationType, ...]
    provenance: tuple[Property, ...]
    parameters: tuple[Parameter, ...] = ()

    @property
    def parameter_values(self) -> dict[str, int]:
        """The parameters by name: what the query runner gives the queries that declare them."""
        return {p.name: p.value for p in self.parameters}

    @property
    def entity_labels(self) -> tuple[str, ...]:
        """The labels of entity nodes, in declaration order (what extraction emits)."""
        return tuple(label.name for label in self.labels if label.entity)

    @property
    def searchable_labels(self) -> tuple[str, ...]:
        """The labels the fulltext index `entity_names` covers: every entity label."""
        return self.entity_labels

    def label(self, name: str) -> Label | None:
        """The label of this name (the entity base label included), or None."""
        everything = (self.entity, *self.labels)
        return next((label for label in everything if label.name == name), None)

    def relation(self, name: str) -> RelationType | None:
        """The relationship type of this name, or None."""
        return next((r for r in self.relations if r.name == name), None)

    def fits(self, endpoint: str, label: str) -> bool:
        """True when a node of `label` may be the relationship's `endpoint` label."""
        return endpoint == label or (endpoint == self.entity.name and label in self.entity_labels)


@cache
def model() -> Model:
    """The packaged model, `graph/model.yaml`, read once."""
    # Next to this module rather than `importlib.resources.files("graph")`: under pytest with an
    # editable install, the name `graph` can resolve to the namespace package `tests/graph`.
    return load_model(MODEL_FILE)


def load_model(source: Path | Mapping[str, Any]) -> Model:
    """A model from a YAML file or an already parsed mapping; `InvalidModel` says what is wrong."""
    data = (
        yaml.safe_load(source.read_text(encoding="utf-8")) if isinstance(source, Path) else source
    )
    if not isinstance(data, Mapping):
        raise InvalidModel("the model must be a mapping with entity, labels, relationships")
    try:
        entity = _label(data["entity"]["label"], {**data["entity"], "caption": "name"})
        labels = tuple(_label(name, spec) for name, spec in data["labels"].items())
        relations = tuple(_relation(name, spec) for name, spec in data["relationships"].items())
        provenance = _properties("provenance", data.get("provenance") or {})
        parameters = tuple(
            _parameter(n, spec) for n, spec in (data.get("parameters") or {}).items()
        )
    except (KeyError, TypeError, AttributeError) as e:
        raise InvalidModel(f"the model is missing or mistypes {e}") from e
    built = Model(entity, labels, relations, provenance, parameters)
    _check_endpoints(built)
    _check_indexes(built)
    _check_ftm(built)
    return built


def _label(name: str, spec: Mapping[str, Any]) -> Label:
    _identifier(_LABEL, name, "label")
    properties = _properties(name, spec.get("properties") or {})
    label = Label(
        name=name,
        entity=bool(spec.get("entity", True)),
        caption=str(spec.get("caption", "name")),
        color=str(spec.get("color", "")),
        about=str(spec.get("about", "")),
        properties=properties,
        indexes=tuple(tuple(str(p) for p in keys) for keys in spec.get("indexes") or ()),
        ftm=_ftm(name, spec.get("ftm")),
    )
    known = {p.name for p in properties} | ({"name"} if label.entity else set())
    if label.caption not in known:
        raise InvalidModel(f"label {name}: caption {label.caption!r} is not one of its properties")
    return label


def _relation(name: str, spec: Mapping[str, Any]) -> RelationType:
    _identifier(_TYPE, name, "relationship type")
    kind = spec.get("kind", "extracted")
    if kind not in ("extracted", "derived", "structural"):
        raise InvalidModel(
            f"relationship {name}: kind {kind!r} is not extracted/derived/structural"
        )
    rel = RelationType(
        name=name,
        source=str(spec["from"]),
        target=str(spec["to"]),
        kind=kind,
        color=str(spec.get("color", "")),
        caption=spec.get("caption"),
        about=str(spec.get("about", "")),
        properties=_properties(name, spec.get("properties") or {}),
        ftm=_ftm(name, spec.get("ftm")),
        directed=_flag(name, "directed", spec.get("directed", True)),
        width=spec.get("width"),
    )
    width = rel.property(rel.width) if rel.width else None
    if rel.width and (width is None or width.type not in ("int", "float")):
        raise InvalidModel(f"relationship {name}: width {rel.width!r} is not a numeric property")
    return rel


def _flag(owner: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidModel(f"{owner}: {key} must be true or false, got {value!r}")
    return value


def _ftm(owner: str, spec: Mapping[str, Any] | None) -> Ftm | None:
    """An `ftm:` declaration (None when there is none)."""
    if spec is None:
        return None
    fills = spec.get("properties") or {}
    properties = tuple((str(k), tuple(str(v) for v in values)) for k, values in fills.items())
    texts = {k: str(spec.get(k, "")) for k in ("schema", "source", "target", "role", "role_from")}
    return Ftm(properties=properties, **texts)


def _parameter(name: str, spec: Mapping[str, Any]) -> Parameter:
    _identifier(_PROPERTY, name, "parameter")
    value = spec["value"]
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidModel(f"parameter {name}: value must be int, got {_shown(value)}")
    return Parameter(name=name, value=value, about=str(spec.get("about", "")))


def _properties(owner: str, specs: Mapping[str, Any]) -> tuple[Property, ...]:
    """`name: type` or `name: {type: ..., ...}` entries as `Property` records."""
    found = []
    for name, spec in specs.items():
        _identifier(_PROPERTY, name, f"property of {owner}")
        fields = dict(spec) if isinstance(spec, Mapping) else {"type": spec}
        if fields.get("type") not in TYPES:
            raise InvalidModel(f"{owner}.{name}: type {fields.get('type')!r} is not one of {TYPES}")
        fields["values"] = tuple(fields.get("values") or ())
        try:
            found.append(Property(name=name, **fields))
        except TypeError as e:
            raise InvalidModel(f"{owner}.{name}: {e}") from e
    return tuple(found)


def _check_endpoints(built: Model) -> None:
    names = {built.entity.name, *(label.name for label in built.labels)}
    for rel in built.relations:
        for end in (rel.source, rel.target):
            if end not in names:
                raise InvalidModel(f"relationship {rel.name}: endpoint {end!r} is not a label")


def _check_indexes(built: Model) -> None:
    for label in built.labels:
        shared = built.entity.properties if label.entity else ()
        known = {p.name for p in (*shared, *label.properties)}
        for keys in label.indexes:
            if len(keys) < 2 or not set(keys) <= known:
                raise InvalidModel(
                    f"label {label.name}: index {list(keys)} needs two or more of its properties"
                )


def _check_ftm(built: Model) -> None:
    """An `ftm:` names a schema (the entity label's gives properties only) and maps only the
    kind's own properties."""
    shared = {p.name for p in built.entity.properties}
    for thing in (built.entity, *built.labels, *built.relations):
        if thing.ftm is None:
            continue
        if not thing.ftm.schema and thing is not built.entity:
            raise InvalidModel(f"{thing.name}: ftm needs a schema")
        known = {p.name for p in thing.properties}
        known |= shared if isinstance(thing, Label) and thing.entity else set()
        for name in [k for k, _ in thing.ftm.properties] + [thing.ftm.role_from]:
            if name and name not in known:
                raise InvalidModel(f"{thing.name}: ftm maps {name!r}, which is not its property")


def _identifier(pattern: re.Pattern[str], name: str, what: str) -> None:
    """Names become Cypher identifiers in the generated schema: only plain words."""
    if not isinstance(name, str) or not pattern.match(name):
        raise InvalidModel(f"{what} {name!r} must match {pattern.pattern}")


def _type_problem(kind: str, value: Any) -> str | None:
    """Why `value` is not of the declared type, or None."""
    if kind.startswith("list["):
        item = kind[5:-1]
        if not isinstance(value, list):
            return f"must be a list of {item}"
        return next((_type_problem(item, v) for v in value if _type_problem(item, v)), None)
    if kind == "map[int]":
        if not isinstance(value, dict):
            return "must be a map of int"
        bad_key = next((k for k in value if not _PROPERTY.match(str(k))), None)
        if bad_key is not None:
            return f"has key {bad_key!r}, which must match {_PROPERTY.pattern}"
        return next(
            (_type_problem("int", v) for v in value.values() if _type_problem("int", v)), None
        )
    return _scalar_problem(kind, value)


def _scalar_problem(kind: str, value: Any) -> str | None:
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be int"
        if not INT64[0] <= value <= INT64[1]:
            return "must be within Neo4j's 64-bit integer range"
        return None
    if kind == "float":
        number = isinstance(value, int | float) and not isinstance(value, bool)
        return None if number and math.isfinite(value) else "must be a finite float"
    if kind == "bool":
        return None if isinstance(value, bool) else "must be bool"
    if kind == "date":
        ok = isinstance(value, str) and _DATE.match(value)
        return None if ok else "must be an ISO 8601 date (2017, 2017-04 or 2017-04-12)"
    return None if isinstance(value, str) else f"must be {kind}"


def _shown(value: Any) -> str:
    """A value as the error message shows it: short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
