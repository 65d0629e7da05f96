"""Turn an analysed `Doc` into typed records: `doc_to_records` is the one entry point."""

from ctgraph.extract.relate.core import doc_to_records

__all__ = ["doc_to_records"]
