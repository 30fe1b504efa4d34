"""The store's fingerprint changes with what makes an article's graph, and only with that."""

from __future__ import annotations

from pathlib import Path

from kg.graph import store


def test_store_fingerprint_modules_are_the_extraction_closure():
    root = Path(store.__file__).resolve().parents[1]  # kg/
    names = {p.relative_to(root).as_posix() for p in store.extraction_modules()}
    for module in ("extract/extractor.py", "graph/rdf.py", "io/reader.py", "extract/gazetteer.py", "extract/recognise.py",
                   "extract/facts.py", "io/furniture.py", "vocab.py", "data/__init__.py"):
        assert module in names
    for module in ("page/viz.py", "graph/serve.py", "graph/queries.py", "graph/export.py", "graph/validate.py",
                   "graph/store.py", "build.py"):
        assert module not in names
    assert not any(name.startswith(("cli/", "page/")) for name in names)


def test_store_fingerprint_ignores_page_code(monkeypatch):
    before = store.fingerprint()
    from kg.page import viz

    assert viz.__file__ not in {str(p) for p in store.extraction_modules()}
    assert store.fingerprint() == before
