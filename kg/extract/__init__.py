"""Extraction: one article in, its partnerships, agreements, events and indicators out.

The stages and their order are in :mod:`kg.extract.pipeline`; each stage's word lists
are in ``kg/data/`` (``cues.tsv`` and the gazetteers).
"""

from .extractor import Extractor, extract

__all__ = ["Extractor", "extract"]
