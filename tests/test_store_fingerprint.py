"""The store's fingerprint changes with what makes an article's graph, and only with that."""

from __future__ import annotations

from kg import store


def test_store_fingerprint_modules_are_the_extraction_closure():
    names = {p.relative_to(p.parents[1]).as_posix() if p.parent.name != "kg" else p.name for p in store.extraction_modules()}
    for module in ("extract/extractor.py", "rdf.py", "reader.py", "extract/gazetteer.py", "extract/recognise.py",
                   "extract/facts.py", "furniture.py", "vocab.py"):
        assert module in names
    assert "kg/data/__init__.py" in {p.relative_to(p.parents[2]).as_posix() for p in store.extraction_modules()}
    for module in ("viz.py", "serve.py", "queries.py", "export.py", "validate.py", "store.py", "build.py"):
        assert module not in names
    assert not any(p.parent.name == "cli" for p in store.extraction_modules())


def test_store_fingerprint_ignores_page_code(monkeypatch):
    before = store.fingerprint()
    from kg import viz

    assert viz.__file__ not in {str(p) for p in store.extraction_modules()}
    assert store.fingerprint() == before
