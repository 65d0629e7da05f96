"""Scoring extraction against gold annotations: beside the pipeline, never imported by it.

`evaluate` scores every fact kind per document; `headline` gives the two figures issues quote
(pairs per document, overall: shared/gold/README.md "How a set is scored"); `gold` reads the
annotation files and `sources` groups documents by publisher for leave-one-source-out figures.
"""
