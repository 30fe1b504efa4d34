"""Small graphs in memory (tests, the library): the merged rdflib graph of a few articles, built without a store."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..io.known import read_inputs
from ..io.reader import make_article
from . import derive


def extract_graph(inputs: Iterable[str | Path]):
    """The merged rdflib graph of ``inputs``, built in memory, with the read errors."""
    from rdflib import Dataset, Graph

    from ..extract import Extractor  # the extraction's modules, imported when used
    from ..extract.gazetteer import gazetteer
    from . import rdf

    extractor = Extractor()
    lines: list[str] = []
    seen: set[str] = set()
    raws, errors, _warnings = read_inputs(inputs)
    for item in raws:
        article = make_article(item.text, **item.meta)
        if article.id in seen:
            continue
        seen.add(article.id)
        ex = extractor.extract(article)
        if rdf.has_facts(ex):
            lines.extend(rdf.article_quads(ex, extractor.gaz))
    lines.append(derive.derived_nquads(lines))
    ds = Dataset()
    ds.parse(data="".join(lines), format="nquads")
    keys = {str(o)[len(str(rdf.V.ID)):] for _s, _p, o, _g in ds.quads() if str(o).startswith(str(rdf.V.ID))}
    ds.parse(data="".join(rdf.entity_quads(keys, gazetteer())) + "".join(rdf.vocabulary_quads()), format="nquads")
    graph = Graph()
    rdf_graph_bind(graph)
    for s, p, o, _g in ds.quads():
        graph.add((s, p, o))
    return graph, len(seen), errors


def rdf_graph_bind(graph) -> None:
    from .. import vocab as V

    graph.bind("kg", V.KG)
    for prefix, ns in (("prov", V.PROV), ("dcterms", V.DCTERMS), ("skos", V.SKOS), ("schema", V.SDO)):
        graph.bind(prefix, ns, replace=True)
