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
# Browser's own grass has no arrowless line, no width by value and no upright caption: the
# Browser bundle is patched to read these properties (graph/browser/bundle_patches.json).
# A type the model declares undirected gets no arrowhead; one with a `width:` property is drawn
# WIDTH_UNIT wide per unit of it, up to WIDTH_MAX; a number as caption stands upright and larger
# (rotated along a slanted line, a "1" reads as a dash). The grass itself holds no comments.
WIDTH_UNIT = "3px"
WIDTH_MAX = "18px"
NUMBER_FONT = "18px"


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
    """The rule of one relationship type: colour, arrowhead, width, caption (none when it has
    none) and how the caption stands."""
    lines = [f"relationship.{rel.name} {{"]
    lines += [f"  color: {rel.color};"] if rel.color else []
    lines += [] if rel.directed else ["  arrowhead: none;"]
    if rel.width:
        lines += [f"  shaft-width: {WIDTH_UNIT};", f"  shaft-width-by: {rel.width};"]
        lines += [f"  shaft-width-max: {WIDTH_MAX};"]
    shown = rel.property(rel.caption) if rel.caption else None
    if shown and shown.type in ("int", "float"):
        lines += [f"  font-size: {NUMBER_FONT};", "  caption-orientation: upright;"]
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
