"""Pipeline components; importing this package registers every `ctgraph_*` factory."""

from ctgraph.extract.components import (  # noqa: F401
    attributes,
    countries,
    events,
    frames,
    joint_operations,
    lemmas,
    lines,
    operations,
    organisations,
    persons,
    places,
)
