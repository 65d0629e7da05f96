"""Network analysis for researchers: projections of the Neo4j graph into networkx, centrality
and community summaries, tables over time, figures and GraphML/GEXF exports.

Functions take a `driver` (and the `database`, `CTGRAPH_NEO4J_DATABASE` in the notebooks) and
never open one; the notebooks in `notebooks/` use only these. Imports `graph.queries` only.
"""

from ctgraph.graph.analysis._cypher import query_names
from ctgraph.graph.analysis.export import exportable, outputs_folder, write_gexf, write_graphml
from ctgraph.graph.analysis.metrics import (
    AnalysisError,
    Centrality,
    centrality_table,
    communities,
    community_labels,
    membership,
    node_label,
    with_metrics,
)
from ctgraph.graph.analysis.projections import (
    cooperation_graph,
    coordination_graph,
    country_operation_graph,
    organisation_operation_graph,
    route_graph,
)
from ctgraph.graph.analysis.tables import (
    CountryTimeline,
    YearCrime,
    as_markdown,
    country_timeline,
    operations_by_year,
)
from ctgraph.graph.analysis.timeline import WEIGHTINGS, Weighting, spells, timeline_graph
from ctgraph.graph.filters import Filters

__all__ = [
    "WEIGHTINGS",
    "AnalysisError",
    "Centrality",
    "CountryTimeline",
    "Filters",
    "Weighting",
    "YearCrime",
    "as_markdown",
    "centrality_table",
    "communities",
    "community_labels",
    "cooperation_graph",
    "coordination_graph",
    "country_operation_graph",
    "country_timeline",
    "exportable",
    "membership",
    "node_label",
    "operations_by_year",
    "organisation_operation_graph",
    "outputs_folder",
    "query_names",
    "route_graph",
    "spells",
    "timeline_graph",
    "with_metrics",
    "write_gexf",
    "write_graphml",
]
