"""graph.ttl is reproducible: the same whatever way the input path is written, in one go or incrementally."""

from __future__ import annotations

import shutil

from conftest import SEEDS

import kg.build as kb


def test_build_repro_same_bytes_for_relative_absolute_and_dotted_paths(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "p" / "seeds")
    monkeypatch.chdir(tmp_path)
    kb.build(["p/seeds"], tmp_path / "rel", jobs=1)
    kb.build([str(tmp_path / "p" / "seeds") + "/"], tmp_path / "abs", jobs=1)
    kb.build(["./p/../p/seeds"], tmp_path / "dotted", jobs=1)
    ttl = (tmp_path / "rel" / "graph.ttl").read_bytes()
    assert (tmp_path / "abs" / "graph.ttl").read_bytes() == ttl
    assert (tmp_path / "dotted" / "graph.ttl").read_bytes() == ttl
    assert b'kg:sourceFile "seeds/003_c03bc3c54d892530.txt"' in ttl and str(tmp_path).encode() not in ttl


def test_build_repro_renamed_file_incremental_equals_one_go(tmp_path):
    src = tmp_path / "seeds"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    kb.build([src], out, jobs=1)
    (src / "003_c03bc3c54d892530.txt").rename(src / "003_renamed.txt")  # same text, another file
    again = kb.build([src], out, jobs=1)
    assert again.extracted == 1
    fresh = tmp_path / "fresh"
    kb.build([src], fresh, jobs=1)
    ttl = (out / "graph.ttl").read_bytes()
    assert ttl == (fresh / "graph.ttl").read_bytes()
    assert b"seeds/003_renamed.txt" in ttl and b"003_c03bc3c54d892530" not in ttl


def test_build_repro_a_file_given_directly_is_named_by_its_name(tmp_path):
    raws, errors, _ = kb.read_inputs([SEEDS / "001_74f5a9df0f677644.txt"])
    assert errors == [] and raws[0].meta["source_file"] == "001_74f5a9df0f677644.txt"
