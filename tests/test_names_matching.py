"""Province and partner names as people type them: no diacritics, any case, common forms."""

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.graph.names import resolve_name, resolve_params
from kg.graph.queries import run_query


@pytest.fixture(scope="module")
def store(seed_graph):
    s = ox.Store()
    s.load(seed_graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return s


def test_names_match_without_diacritics_or_case(store):
    assert resolve_name("province", "thanh hoa", store) == "Thanh Hóa"
    assert resolve_name("province", "THANH HOÁ", store) == "Thanh Hóa"
    assert resolve_name("partner", "hua phan", store) == "Hủa Phăn"


def test_names_match_a_common_form_through_the_gazetteer_aliases(store):
    assert resolve_name("province", "TP HCM", store) == "Hồ Chí Minh"
    assert resolve_name("province", "tt-hue", store) == "Huế"
    assert resolve_name("partner", "korea", store) == "Hàn Quốc"


def test_names_keep_a_name_written_as_known(store):
    assert resolve_params({"province": "Thanh Hóa", "as_of": "2024-01-01"}, store) == {
        "province": "Thanh Hóa", "as_of": "2024-01-01"}


def test_names_unknown_name_lists_the_closest(store):
    with pytest.raises(QueryError) as e:
        resolve_name("province", "thanh hao", store)
    assert str(e.value) == "no province named 'thanh hao' (closest known: 'Thanh Hóa', 'Hà Nội' or 'Khánh Hòa')"
    with pytest.raises(QueryError) as e:
        resolve_name("partner", "Zzyzx", store)
    assert str(e.value) == "no partner named 'Zzyzx' (no known name is close)"


def test_names_saved_query_rows_equal_with_and_without_diacritics(store):
    typed = run_query(store, "partners_of", {"province": "thanh hoa"})
    written = run_query(store, "partners_of", {"province": "Thanh Hóa"})
    assert len(written.rows) == 25
    assert typed == written
    evidence = run_query(store, "evidence", {"province": "THANH HOA", "partner": "hua phan"})
    assert {(r[0], r[1]) for r in evidence.rows} == {("Thanh Hóa", "Hủa Phăn")}
