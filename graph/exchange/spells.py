"""Years as time intervals (GEXF `spells`, what Gephi's timeline reads): shared by the analysis
export (`graph.analysis.timeline`) and the API's streamed GEXF (`graph.read.exports`)."""

from __future__ import annotations

from collections.abc import Iterable


def spells(years: Iterable[int | None]) -> list[tuple[float, float]]:
    """Years as time intervals, consecutive years merged: [2015, 2016, 2018] →
    [(2015.0, 2016.0), (2018.0, 2018.0)]. Floats: GEXF's `double` time format, which Gephi reads
    (networkx would write ints as `long`, which the GEXF 1.2 schema does not name)."""
    known = sorted({y for y in years if y})
    out: list[tuple[float, float]] = []
    for year in known:
        if out and year == out[-1][1] + 1:
            out[-1] = (out[-1][0], float(year))
        else:
            out.append((float(year), float(year)))
    return out
