"""The kg command as a user runs it: exit codes, one-line errors, output files."""

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest
from conftest import SEEDS

KG = [sys.executable, "-m", "kg"]


def kg(*args, cwd=None):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    r = kg("build", SEEDS, "--out", out)
    assert r.returncode == 0, r.stderr
    return out, r


def test_cli_build_writes_graph_and_page_and_summary(built):
    out, r = built
    assert (out / "graph.ttl").stat().st_size > 10_000
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "Hủa Phăn" in html
    assert "5 articles read, 0 skipped" in r.stderr
    assert r.stdout == ""  # data to stdout only for query and export


def test_cli_build_is_byte_identical_twice(built, tmp_path):
    out, _ = built
    r = kg("build", SEEDS, "--out", tmp_path)
    assert r.returncode == 0
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    assert (tmp_path / "graph.html").read_bytes() == (out / "graph.html").read_bytes()


def test_cli_query_partners_csv_columns_and_rows(built):
    out, _ = built
    r = kg("query", "partners", "--graph", out, "--format", "csv")
    assert r.returncode == 0, r.stderr
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(table[0])[:5] == ["province", "partner", "partner_type", "country", "articles"]
    assert {"province": "Thanh Hóa", "partner": "Hủa Phăn", "partner_type": "ForeignLocality", "country": "Lào"}.items() <= next(
        row for row in table if row["partner"] == "Hủa Phăn"
    ).items()
    lao = next(row for row in table if row["province"] == "Hà Tĩnh" and row["partner"] == "Lào")
    assert lao["articles"] == "3"


def test_cli_query_parameter_with_quotes_and_braces_changes_nothing(built, tmp_path):
    out, _ = built
    hostile = 'Thanh Hóa" } UNION { ?s ?p ?o } #'
    r = kg("query", "partners_of", "--graph", out, "--param", f"province={hostile}", "--format", "json")
    assert r.returncode == 2 and r.stdout == ""  # no province has that name, and the query was not altered
    assert r.stderr == f"kg: error: no province named '{hostile}' (no known name is close)\n"
    # a parameter that is not a name reaches the query as it is, as data
    rq = tmp_path / "labelled.rq"
    rq.write_text("# Parameters: label = a label\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                  "SELECT ?x WHERE { ?x rdfs:label ?label_name }\n", encoding="utf-8")
    r = kg("query", rq, "--graph", out, "--param", f"label={hostile}", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []


def test_cli_query_names_without_diacritics_or_case(built):
    out, _ = built
    typed = kg("query", "partners_of", "--graph", out, "--param", "province=thanh hoa", "--format", "csv")
    written = kg("query", "partners_of", "--graph", out, "--param", "province=Thanh Hóa", "--format", "csv")
    assert typed.returncode == 0, typed.stderr
    assert typed.stdout == written.stdout and typed.stdout.count("\n") == 26
    r = kg("query", "evidence", "--graph", out, "--param", "partner=hua phan", "--format", "csv")
    assert r.returncode == 0 and r.stdout.splitlines()[1].startswith("Thanh Hóa,Hủa Phăn,")


def test_cli_query_unknown_name_exits_2_with_the_closest(built):
    out, _ = built
    r = kg("query", "partners_of", "--graph", out, "--param", "province=thanh hao")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == "kg: error: no province named 'thanh hao' (closest known: 'Thanh Hóa', 'Hà Nội' or 'Khánh Hòa')\n"


def test_cli_query_repeated_param_is_an_error_naming_it(built):
    out, _ = built
    r = kg("query", "partners_of", "--graph", out, "--param", "province=Thanh Hóa", "--param", "province=Hà Tĩnh")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.splitlines()[-1] == "Error: Invalid value for --param: 'province' is given twice: give each parameter once"


def test_cli_query_json_for_every_saved_query(built):
    out, _ = built
    params = {"partners_of": ["province=Thanh Hóa"], "provinces_of": ["partner=Lào"]}
    for name in ["partners", "partners_of", "provinces_of", "shared_partners", "agreements", "events", "indicators", "evidence"]:
        extra = [a for p in params.get(name, []) for a in ("--param", p)]
        r = kg("query", name, "--graph", out, "--format", "json", *extra)
        assert r.returncode == 0, (name, r.stderr)
        assert len(json.loads(r.stdout)) > 0, name


def test_cli_usage_errors_exit_2_with_one_line(built, tmp_path):
    out, _ = built
    cases = [
        kg("query", "nope", "--graph", out),
        kg("query", "partners_of", "--graph", out),  # missing its parameter
        kg("query", "partners", "--graph", tmp_path / "missing"),
        kg("query", "partners", "--graph", out, "--param", "color=red"),
    ]
    for r in cases:
        assert r.returncode == 2, r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert "Traceback" not in r.stderr


def test_cli_build_bad_inputs_are_reported_and_others_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "003_c03bc3c54d892530.txt", src)
    (src / "empty.txt").write_text("")
    (src / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (src / "latin1.txt").write_bytes("Thanh Hóa hợp tác".encode("cp1258", errors="replace"))
    r = kg("build", src, tmp_path / "nothing-here.txt", "--out", tmp_path / "b")
    assert r.returncode == 0, r.stderr
    skipped = [line for line in r.stderr.splitlines() if line.startswith("kg: skipped")]
    assert len(skipped) == 4
    assert any("empty.txt" in s for s in skipped) and any("nothing-here.txt" in s for s in skipped)
    assert "1 articles read, 4 skipped" in r.stderr
    assert "Hủa Phăn" in (tmp_path / "b" / "graph.ttl").read_text(encoding="utf-8")


def test_cli_failed_build_keeps_the_previous_one(built, tmp_path):
    out, _ = built
    keep = tmp_path / "keep"
    shutil.copytree(out, keep)
    before = (keep / "graph.ttl").read_bytes()
    (tmp_path / "empty.txt").write_text("")
    r = kg("build", tmp_path / "empty.txt", "--out", keep)
    assert r.returncode == 2
    assert "no article could be read" in r.stderr
    assert (keep / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in keep.iterdir()) == ["graph.html", "graph.ttl", "reads.json", "store"]


def test_cli_export_formats(built, tmp_path):
    out, _ = built
    for fmt, marker in [("nt", "<https://w3id.org/vnkg/id/place/la-ho>"), ("jsonld", "\"@id\""), ("trig", "<https://w3id.org/vnkg/id/graph/entities> {"), ("nq", "<https://w3id.org/vnkg/id/graph/vocabulary> ."), ("csv", "subject,predicate,object")]:
        r = kg("export", "--graph", out, "--format", fmt)
        assert r.returncode == 0, r.stderr
        assert marker in r.stdout, fmt
    r = kg("export", "--graph", out, "--format", "ttl", "-o", tmp_path / "g.ttl")
    assert r.returncode == 0 and (tmp_path / "g.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_cli_validate_conforms_and_fails(built, tmp_path):
    out, _ = built
    assert kg("validate", "--graph", out).returncode == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix kg: <https://w3id.org/vnkg/def#> .\n"
        "<https://w3id.org/vnkg/id/partnership/x> a kg:Partnership .\n",
        encoding="utf-8",
    )
    r = kg("validate", "--graph", broken)
    assert r.returncode == 1
    assert "partnership/x" in r.stdout


def test_cli_viz_one_province(built, tmp_path):
    out, _ = built
    page = tmp_path / "th.html"
    r = kg("viz", "--graph", out, "--province", "Thanh Hóa", "-o", page)
    assert r.returncode == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "Hủa Phăn" in html and "Gifu" not in html


def test_cli_viz_unknown_province_exits_2_and_keeps_the_page(built, tmp_path):
    out, _ = built
    page = tmp_path / "graph.html"
    page.write_text("the previous page", encoding="utf-8")
    r = kg("viz", "--graph", out, "--province", "Thanh Hoa X", "-o", page)
    assert r.returncode == 2
    assert r.stderr == "kg: error: no province named 'Thanh Hoa X' (closest known: 'Thanh Hóa', 'Khánh Hòa' or 'Hà Nội')\n"
    assert page.read_text(encoding="utf-8") == "the previous page"
    r = kg("viz", "--graph", out, "--province", "thanh hoa", "-o", page)
    assert r.returncode == 0 and r.stderr == f"kg: 26 nodes, 25 edges -> {page}\n"
    assert "— Thanh Hóa</title>" in page.read_text(encoding="utf-8")


def test_cli_export_jsonld_has_a_context_and_the_same_triples(built, tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    out, _ = built
    r = kg("export", "--graph", out, "--format", "jsonld", "-o", tmp_path / "g.jsonld")
    assert r.returncode == 0, r.stderr
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert list(doc) == ["@context", "@graph"]
    assert doc["@context"]["kg"] == "https://w3id.org/vnkg/def#" and doc["@context"]["id"] == "https://w3id.org/vnkg/id/"
    assert {"@id": "id:place/la-ho", "rdf:type": [{"@id": "kg:ForeignLocality"}]}.items() <= next(
        n for n in doc["@graph"] if n["@id"] == "id:place/la-ho").items()
    parsed = Graph().parse(tmp_path / "g.jsonld", format="json-ld")
    assert isomorphic(parsed, Graph().parse(out / "graph.ttl"))


def test_cli_help_has_an_example_for_every_command():
    for cmd in ["build", "query", "viz", "export", "validate"]:
        r = kg(cmd, "--help")
        assert r.returncode == 0 and "Example: kg " in r.stdout, cmd


def test_cli_build_without_input_or_seeds_says_what_to_give(tmp_path):
    r = kg("build", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1
    assert "give article files or folders" in r.stderr
    assert not (tmp_path / "build").exists()


def test_cli_query_list_from_another_folder(tmp_path):
    r = kg("query", "--list", cwd=tmp_path)
    assert r.returncode == 0
    assert {line.split(":")[0] for line in r.stdout.splitlines()} >= {"partners", "partners_of", "evidence"}


def test_cli_value_error_from_a_bug_is_not_an_input_error(built, monkeypatch):
    import kg.graph.export
    from kg.cli import main

    def broken(graph, fmt):
        raise ValueError("a bug")

    monkeypatch.setattr(kg.graph.export, "export", broken)
    with pytest.raises(ValueError, match="a bug"):
        main(["export", "--graph", str(built[0])])


def test_cli_verbose_is_a_global_option(tmp_path):
    quiet = kg("query", "no_such_query", "--graph", tmp_path)
    loud = kg("-v", "query", "no_such_query", "--graph", tmp_path)
    assert quiet.returncode == loud.returncode == 2
    assert "Traceback" not in quiet.stderr
    assert "Traceback" in loud.stderr and "kg: error:" in loud.stderr


def test_cli_eval_verbose_is_the_commands_own(built, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("not json\n", encoding="utf-8")
    r = kg("eval", gold, "--graph", built[0], "-v")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith("kg: error:")
