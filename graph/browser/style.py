"""The Browser style (`style.grass`), generated from the graph model: one rule per label and
relationship type with the model's colour and caption, so a new kind is styled by declaring it.
`scripts/generate_model_files.py` writes the file; a test compares it with this text."""

from __future__ import annotations

from importlib import resources

from ctgraph.graph.model import Label, Model, RelationType

BASE = """\
node {
  diameter: 50px;
  color: #A5ABB6;
  border-color: #9AA1AC;
  border-width: 2px;
  text-color-internal: #FFFFFF;
  font-size: 11px;
  caption: "{name}";
}
relationship {
  color: #A5ABB6;
  shaft-width: 2px;
  font-size: 12px;
  padding: 3px;
  text-color-external: #000000;
  text-color-internal: #FFFFFF;
  caption: "<type>";
}
"""
# A relationship captioned by a count (CO_INVESTIGATED) is drawn heavier than the others.
# Browser's style sheet has no width per value and no undirected line (grass has no such
# property), and no comments: the file is the rules alone.
COUNTED_WIDTH = "4px"
COUNTED_FONT = "16px"


def _rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def darker(color: str, factor: float = 0.8) -> str:
    """The colour darkened (for a node's border)."""
    return "#" + "".join(f"{round(c * factor):02X}" for c in _rgb(color))


def text_on(color: str) -> str:
    """Dark text on a light fill, white on a dark one (relative luminance, WCAG)."""
    r, g, b = (c / 255 for c in _rgb(color))
    return "#2A2C34" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6 else "#FFFFFF"


def node_rule(label: Label) -> str:
    """The rule of one label: fill, border, caption colour and caption."""
    lines = [f"node.{label.name} {{"]
    if label.color:
        lines += [f"  color: {label.color};", f"  border-color: {darker(label.color)};"]
        lines += [f"  text-color-internal: {text_on(label.color)};"]
    lines += [f'  caption: "{{{label.caption}}}";', "}"]
    return "\n".join(lines) + "\n"


def relationship_rule(rel: RelationType) -> str:
    """The rule of one relationship type: colour, width, caption (none when it has none)."""
    lines = [f"relationship.{rel.name} {{"]
    lines += [f"  color: {rel.color};"] if rel.color else []
    if rel.caption == "count":
        lines += [f"  shaft-width: {COUNTED_WIDTH};", f"  font-size: {COUNTED_FONT};"]
    caption = f"{{{rel.caption}}}" if rel.caption else ""
    lines += [f'  caption: "{caption}";', "}"]
    return "\n".join(lines) + "\n"


def style_text(model: Model) -> str:
    """The whole grass: defaults, then a rule per label and per relationship type, then the
    rules of views that draw relationships of no kind of the model (`views.grass`: the
    corrections view's virtual REJECTED and ASSERTED links)."""
    rules = [node_rule(label) for label in model.labels]
    rules += [relationship_rule(rel) for rel in model.relations]
    views = (resources.files("ctgraph.graph.browser") / "views.grass").read_text(encoding="utf-8")
    return BASE + "".join(rules) + views
