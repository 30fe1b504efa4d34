"""The build's on-disk RDF store: an embedded Oxigraph database, one named graph per article.

``BUILD/store/`` holds every article's graph (named by the article's IRI,
which carries its content hash), the descriptions of the entities they
mention, and the ontology's individuals.  The union of the graphs is the
merged graph written to ``graph.ttl``.  Because an article's graph is named
by its content hash, a rebuild knows which articles it already holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .. import vocab as V
from ..resources import sparql
from .sparql import select, serialize, text

STORE_DIR = "store"
_ARTICLE_PREFIX = str(V.ID["article/"])


def article_iri(article_id: str) -> str:
    """The IRI of an article's graph (as :func:`kg.graph.rdf.article_iri`, without importing the extraction)."""
    return _ARTICLE_PREFIX + article_id


def open_store(build_dir: Path, *, read_only: bool = False) -> ox.Store:
    path = build_dir / STORE_DIR
    if read_only:
        return ox.Store.read_only(str(path))
    path.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(path))


_BUILD_GRAPH = ox.NamedNode(str(V.ID["graph/build"]))
_FINGERPRINT = ox.NamedNode(str(V.KG.extractorFingerprint))


#: The modules that turn an article into its graph: reading, extraction, writing RDF.
EXTRACTION_ROOTS = ("kg.io.reader", "kg.extract", "kg.graph.rdf")


def extraction_modules(roots: Iterable[str] = EXTRACTION_ROOTS) -> list[Path]:
    """The source files of ``roots`` and of every kg module they import, found by reading the imports.

    The page, the command line, the server and the queries are not among them,
    so changing those does not re-extract a corpus.
    """
    import ast

    package = Path(__file__).resolve().parent.parent  # kg/
    todo, seen, files = list(roots), set(), []
    while todo:
        name = todo.pop()
        if name in seen or not name.startswith("kg."):
            continue
        seen.add(name)
        where = package.joinpath(*name.split(".")[1:])
        path = where / "__init__.py" if where.is_dir() else where.with_suffix(".py")
        if not path.is_file():
            continue  # a name imported from a module, not a module
        files.append(path)
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_bytes())):
            if isinstance(node, ast.ImportFrom):
                base = here
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                target = f"{base}.{node.module}" if node.level and node.module else (base if node.level else node.module or "")
                todo.append(target)
                todo.extend(f"{target}.{a.name}" for a in node.names)  # "from .extract import cues" names a module
            elif isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names)
    return sorted(files, key=lambda p: p.relative_to(package).as_posix())


def fingerprint() -> str:
    """A hash of what makes an article's graph: the extraction's modules, its data and the ontology.

    Article graphs made under another fingerprint are stale and extracted again.
    """
    import hashlib

    from ..resources import as_path, data_dir, ontology_file

    package = Path(__file__).resolve().parent.parent  # kg/
    h = hashlib.sha256()
    for path in extraction_modules():
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    tables = sorted(as_path(data_dir()).glob("*.tsv"))
    for path in [*tables, as_path(ontology_file("kg.ttl"))]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def stored_fingerprint(store: ox.Store) -> str | None:
    for q in store.quads_for_pattern(_BUILD_GRAPH, _FINGERPRINT, None, _BUILD_GRAPH):
        return text(q.object)
    return None


def set_fingerprint(store: ox.Store, value: str) -> None:
    for q in list(store.quads_for_pattern(_BUILD_GRAPH, _FINGERPRINT, None, _BUILD_GRAPH)):
        store.remove(q)
    store.add(ox.Quad(_BUILD_GRAPH, _FINGERPRINT, ox.Literal(value), _BUILD_GRAPH))


def article_ids(store: ox.Store) -> set[str]:
    """Content hashes of the articles the store holds."""
    return {
        g.value[len(_ARTICLE_PREFIX) :]
        for g in store.named_graphs()
        if isinstance(g, ox.NamedNode) and g.value.startswith(_ARTICLE_PREFIX)
    }


def remove_articles(store: ox.Store, ids: Iterable[str]) -> None:
    for article_id in ids:
        article = ox.NamedNode(_ARTICLE_PREFIX + article_id)
        store.remove_graph(article)
        for q in list(store.quads_for_pattern(article, _READ_AS, None, _BUILD_GRAPH)):
            store.remove(q)


def holds_triples(store: ox.Store, graph: str) -> bool:
    """Whether the named graph ``graph`` holds any triple."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.NamedNode(graph))), None) is not None


_READ_AS = ox.NamedNode(str(V.KG.readAs))
_OUTPUTS = ox.NamedNode(str(V.KG.outputsDigest))


def article_keys(store: ox.Store) -> dict[str, str]:
    """Content hash -> the key of what else was read with it (file, id, date...): a change re-extracts it."""
    keys = dict.fromkeys(article_ids(store), "")
    for q in store.quads_for_pattern(None, _READ_AS, None, _BUILD_GRAPH):
        subject, value = q.subject, q.object
        if isinstance(subject, ox.NamedNode) and isinstance(value, ox.Literal):
            article_id = subject.value[len(_ARTICLE_PREFIX):]
            if article_id in keys:
                keys[article_id] = value.value
    return keys


def set_article_keys(store: ox.Store, keys: dict[str, str]) -> None:
    """Record each article's read key, replacing the one it had; the new keys are added in one transaction."""
    added = []
    for article_id, key in keys.items():
        article = ox.NamedNode(_ARTICLE_PREFIX + article_id)
        for q in list(store.quads_for_pattern(article, _READ_AS, None, _BUILD_GRAPH)):
            store.remove(q)
        added.append(ox.Quad(article, _READ_AS, ox.Literal(key), _BUILD_GRAPH))
    store.bulk_extend(added)  # not one transaction, but the store is a new one, committed only once complete


def outputs_digest(store: ox.Store) -> str | None:
    """The digest of graph.ttl and graph.html written from this store by the last complete build."""
    for q in store.quads_for_pattern(_BUILD_GRAPH, _OUTPUTS, None, _BUILD_GRAPH):
        if isinstance(q.object, ox.Literal):
            return q.object.value
    return None


def set_outputs_digest(store: ox.Store, value: str) -> None:
    for q in list(store.quads_for_pattern(_BUILD_GRAPH, _OUTPUTS, None, _BUILD_GRAPH)):
        store.remove(q)
    store.add(ox.Quad(_BUILD_GRAPH, _OUTPUTS, ox.Literal(value), _BUILD_GRAPH))


def add_nquads(store: ox.Store, lines: Iterable[str]) -> None:
    """Load N-Quads lines (one transaction)."""
    data = "".join(lines).encode("utf-8")
    if data:
        store.load(data, format=ox.RdfFormat.N_QUADS)


def replace_graph(store: ox.Store, graph: str, lines: Iterable[str]) -> None:
    name = ox.NamedNode(graph)
    if name in set(store.named_graphs()):
        store.remove_graph(name)
    add_nquads(store, lines)


_ENTITY_KEYS = sparql("store_entity_keys")


def referenced_entities(store: ox.Store) -> list[str]:
    """Keys of the gazetteer entities that article graphs point to."""
    prefix = len(str(V.ID))
    return sorted(str(text(s["o"]))[prefix:] for s in select(store, _ENTITY_KEYS))


def merged_triples(store: ox.Store) -> list[ox.Triple]:
    """The merged graph (the default graph) as sorted triples: the same store gives the same list."""
    return sorted((q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())), key=str)


def refresh_default_graph(store: ox.Store) -> None:
    """Write the union of the named graphs, without repeats, as the store's default graph.

    Queries read the default graph: a triple that several article graphs share
    (a partnership's type, its province) is then one solution, not one per article.
    """
    triples = {q.triple for q in store if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != _BUILD_GRAPH}
    store.clear_graph(ox.DefaultGraph())
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)


#: The prefixes of graph.ttl.
PREFIXES = {
    "kg": str(V.KG),
    "rdf": str(V.RDF),
    "rdfs": str(V.RDFS),
    "owl": str(V.OWL),
    "xsd": str(V.XSD),
    "skos": str(V.SKOS),
    "prov": str(V.PROV),
    "dcterms": str(V.DCTERMS),
    "schema": str(V.SDO),
}


def merged_turtle(store: ox.Store) -> bytes:
    """The merged graph as Turtle, byte-identical for the same content."""
    return serialize(merged_triples(store), ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def dataset(store: ox.Store, fmt: ox.RdfFormat) -> bytes:
    """Every graph with its name (TriG or N-Quads), sorted."""
    quads = sorted((q for q in store if q.graph_name != _BUILD_GRAPH and not isinstance(q.graph_name, ox.DefaultGraph)), key=str)
    return serialize(quads, fmt)


def count_instances(store) -> dict[str, int]:
    """How many provinces, partners, facts and triples the merged graph holds."""

    def one(query: str) -> int:
        for row in store.query(query):
            return int(row[0].value)
        return 0

    kg = "PREFIX kg: <https://w3id.org/vnkg/def#> "
    counts = {
        "provinces": one(kg + "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?x kg:province ?v }"),
        "partners": one(kg + "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?x kg:partner ?v }"),
    }
    for name, cls in (("partnerships", "Partnership"), ("agreements", "Agreement"), ("events", "Event"),
                      ("indicators", "Indicator"), ("articles", "Article")):
        merged = "FILTER NOT EXISTS { ?s kg:mergedInto ?same }"  # another report of the same event
        counts[name] = one(kg + f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a kg:{cls} {merged} }}")
    counts["triples"] = one("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    return counts
