"""The incremental loader's outcome, computed in memory: the graph `graph.load` leaves in an
empty database after loading the same batches in the same order (the bulk first load writes it
with `neo4j-admin database import`, `graph.bulk`).

Each batch goes through what `graph.load._load` runs, in Python: its documents cut into runs of
distinct ids, a stored document with the same `sha256` skipped, a changed one forgotten first
(`forget_evidence`, `forget_mentions`, `refill_evidence`), then the rows of `graph.rows` merged
as `merge_entities`, `write_documents` and `merge_relations` (or `create_relations`) write them,
then `prune_entities`. CO_INVESTIGATED is not replayed: once the graph is imported, the bulk
load derives every pair with the loader's own pair rule (`graph.load.refresh_co_investigated`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ctgraph.graph import rows
from ctgraph.graph.facts import Facts
from ctgraph.graph.load import EVIDENCE_SAMPLE, Loaded, as_loaded, distinct_runs

Props = dict[str, Any]
RelationKey = tuple[str, str, str]  # source id, type, target id
EVIDENCE = ("doc", "start", "end", "text", "confidence", "page")


@dataclass(slots=True)
class Entity:
    """An entity node: its labels (`Entity` first) and properties."""

    labels: list[str]
    props: Props


@dataclass(slots=True)
class Replay:
    """The graph so far: nodes by id, MENTIONS by document then entity, relationships by key."""

    documents: dict[str, Props] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[str, dict[str, Props]] = field(default_factory=dict)
    relations: dict[RelationKey, Props] = field(default_factory=dict)
    mentioned_by: dict[str, set[str]] = field(default_factory=dict)  # entity id → document ids

    def load(self, batch: Sequence[Facts]) -> list[Loaded]:
        """One batch, as `graph.load.load_documents` writes it (a repeated id starts a run)."""
        loaded: list[Loaded] = []
        for run in distinct_runs(batch):
            loaded += self._load_run(run)
        return loaded

    def _load_run(self, run: list[Facts]) -> list[Loaded]:
        stored = {
            f.document.id: self.documents[f.document.id]["sha256"]
            for f in run
            if f.document.id in self.documents
        }
        todo = [f for f in run if stored.get(f.document.id) != f.document.sha256]
        previous = [e for f in todo if f.document.id in stored for e in self._forget(f.document.id)]
        self._write(todo)
        self._prune(previous)
        return [as_loaded(f, stored) for f in run]

    def _write(self, batch: list[Facts]) -> None:
        if not batch:
            return
        for facts in batch:  # write_documents (properties)
            doc_id = facts.document.id
            document = self.documents.setdefault(doc_id, {"id": doc_id})
            document.update(rows.document_props(facts))
            text = rows.document_text_row(facts)["text"]  # write_document_texts
            if text is None:
                document.pop("text", None)
            else:
                document["text"] = text
        for row in rows.batch_entity_rows(batch):  # merge_entities
            node = self.entities.setdefault(row["id"], Entity(["Entity"], {"id": row["id"]}))
            if row["label"] not in node.labels:
                node.labels.append(row["label"])
            aliases = list(node.props.get("aliases", []))
            aliases += [a for a in dict.fromkeys(row["aliases"]) if a not in aliases]
            node.props.update(row["props"])
            node.props.update(name=row["name"], aliases=aliases, alias_text=" | ".join(aliases))
        for facts in batch:  # write_documents (MENTIONS)
            for row in rows.mention_rows(facts):
                self._mention(row)
        for row in rows.batch_relation_rows(batch):  # merge_relations, create_relations
            self._merge_relation(row)

    def _mention(self, row: Props) -> None:
        props = {"count": len(row["starts"]), "starts": row["starts"], "ends": row["ends"]}
        props.update({f"fact_{c}": row[f"fact_{c}"] for c in rows.FACT_COLUMNS})
        self.mentions.setdefault(row["doc"], {})[row["id"]] = props
        self.mentioned_by.setdefault(row["id"], set()).add(row["doc"])

    def _merge_relation(self, row: Props) -> None:
        r = self.relations.setdefault((row["source"], row["type"], row["target"]), {})
        room = EVIDENCE_SAMPLE - len(r.get("evidence_doc", []))
        r.update(row["props"])
        r["extractor"] = row["extractor"]
        r["evidence_count"] = r.get("evidence_count", 0) + row["documents"]
        if r.get("confidence") is None or r["confidence"] < row["confidence"]:
            r["confidence"] = row["confidence"]
        if room > 0:
            for column in EVIDENCE:
                key = f"evidence_{column}"
                r[key] = r.get(key, []) + row[key][:room]

    def _forget(self, doc_id: str) -> list[str]:
        """`forget_evidence`, `forget_mentions` and `refill_evidence` for one stored document."""
        mine: dict[RelationKey, float] = {}
        for source, m in self.mentions.get(doc_id, {}).items():
            for i, rel_type in enumerate(m["fact_type"]):
                key = (source, rel_type, m["fact_target"][i])
                mine[key] = max(mine.get(key, m["fact_confidence"][i]), m["fact_confidence"][i])
        stale = []
        for key, best in mine.items():
            r = self.relations.get(key)
            if r is None:
                continue
            keep = [i for i, d in enumerate(r["evidence_doc"]) if d != doc_id]
            r["evidence_count"] -= 1
            sampled = len(keep) < len(r["evidence_doc"])
            if sampled:
                for column in EVIDENCE:
                    r[f"evidence_{column}"] = [r[f"evidence_{column}"][i] for i in keep]
            if r["evidence_count"] <= 0:
                del self.relations[key]
            elif sampled or best >= r["confidence"]:
                stale.append(key)
        forgotten = self.mentions.pop(doc_id, {})
        for entity_id in forgotten:
            self.mentioned_by[entity_id].discard(doc_id)
        for key in stale:
            self._refill(key)
        return list(forgotten)

    def _refill(self, key: RelationKey) -> None:
        source, rel_type, target = key
        found = []
        for doc in self.mentioned_by.get(source, ()):
            m = self.mentions[doc][source]
            for i, (t, tgt) in enumerate(zip(m["fact_type"], m["fact_target"], strict=True)):
                if t == rel_type and tgt == target:
                    found.append((doc, m["fact_start"][i], m["fact_end"][i], m["fact_text"][i],
                                  m["fact_confidence"][i], m["fact_page"][i]))  # fmt: skip
        found.sort(key=lambda entry: (entry[0], entry[1]))
        r = self.relations[key]
        for n, column in enumerate(EVIDENCE):
            r[f"evidence_{column}"] = [entry[n] for entry in found[:EVIDENCE_SAMPLE]]
        if found:
            r["confidence"] = max(entry[4] for entry in found)
        else:
            r.pop("confidence", None)

    def _prune(self, ids: list[str]) -> None:
        gone = {i for i in ids if i in self.entities and not self.mentioned_by.get(i)}
        for entity_id in gone:
            del self.entities[entity_id]
        if gone:
            self.relations = {
                k: r for k, r in self.relations.items() if k[0] not in gone and k[2] not in gone
            }


def replay(batches: Sequence[Sequence[Facts]]) -> tuple[Replay, list[Loaded]]:
    """The graph the loader leaves after loading the batches in order into an empty database."""
    graph = Replay()
    loaded = [done for batch in batches for done in graph.load(batch)]
    return graph, loaded
