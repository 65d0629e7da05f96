"""The pipeline is declared in spaCy's own config and assembled the way `spacy.load` does."""

from __future__ import annotations

import pytest
import spacy

from ctgraph.extract.pipeline import CONFIG_PATH, load_nlp

BASE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
#: base components ctgraph runs through a faster equivalent of its own (same annotations)
EQUIVALENT = {"attribute_ruler": "ctgraph_attribute_table", "lemmatizer": "ctgraph_lemma_table"}


def test_the_config_is_spacys_own() -> None:
    config = spacy.util.load_config(CONFIG_PATH, interpolate=True)
    pipeline = config["nlp"]["pipeline"]
    assert config["nlp"]["lang"] == "en"
    assert set(BASE) <= set(pipeline), "the parse, lemmas and attributes are on"
    for name in BASE:
        component = config["components"][name]
        if name in EQUIVALENT:
            assert component["factory"] == EQUIVALENT[name]
            assert component["model"] == config["paths"]["base"]
        else:
            assert component["source"] == config["paths"]["base"]
    for name in pipeline:
        if name.startswith("ctgraph_"):
            assert config["components"][name]["factory"] == name


@pytest.mark.model
def test_analyze_pipes_finds_the_order_right() -> None:
    nlp = load_nlp()
    assert nlp.pipe_names == spacy.util.load_config(CONFIG_PATH)["nlp"]["pipeline"]
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    meta = nlp.get_pipe_meta("ctgraph_frames")
    assert "doc.sents" in meta.requires and meta.assigns


@pytest.mark.model
def test_a_component_out_of_order_is_reported() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("ctgraph_places")  # requires doc.ents: no ner before it
    assert nlp.analyze_pipes()["problems"]["ctgraph_places"] == ["doc.ents"]


@pytest.mark.model
def test_the_parse_and_lemmas_reach_the_components() -> None:
    doc = load_nlp()("Austrian police took part in the operation.\nSpain joined it.")
    assert [t.lemma_ for t in doc][:4] == ["austrian", "police", "take", "part"]
    assert {t.dep_ for t in doc} >= {"nsubj", "amod"}
    assert [s.text.strip() for s in doc.sents][1] == "Spain joined it."
