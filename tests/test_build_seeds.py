"""The seeds' graph, read through the saved queries as a user would."""

from decimal import Decimal

import pytest
from rdflib import URIRef

from kg import vocab as V
from kg.graph.queries import run_query

ID = "https://w3id.org/vnkg/id/"


def rows(graph, name, **params):
    result = run_query(graph, name, params)
    return [dict(zip(result.columns, r)) for r in result.rows]


def partners_of(graph, province):
    return {r["partner"] for r in rows(graph, "partners_of", province=province)}


def test_build_seeds_has_instances_of_the_five_core_classes(seed_graph):
    for cls in (V.Province, V.Partner, V.Agreement, V.Event, V.Indicator):
        found = set(seed_graph.subjects(V.RDF.type, cls))
        if cls == V.Partner:  # partners are typed by their subclass
            found = set(seed_graph.objects(None, V.partner))
        assert found, cls


def test_build_seeds_thanh_hoa_agreement_with_hua_phan_2021_2025(seed_graph):
    got = rows(seed_graph, "agreements", province="Thanh Hóa")
    hua_phan = [r for r in got if r["partners"] == "Hủa Phăn"]
    assert [(r["status"], r["period_start"], r["period_end"]) for r in hua_phan] == [("signed", "2021", "2025")]
    by_partner = {r["partners"]: r["status"] for r in got}
    assert by_partner == {
        "Hủa Phăn": "signed",
        "Seongnam": "signed",
        "Mittelsachsen": "signed",
        "Farwaniyah": "signed",
        "Tula": "in_negotiation",
    }


def test_build_seeds_hue_partners_include_five_japanese_prefectures(seed_graph):
    japanese = {
        r["partner"]
        for r in rows(seed_graph, "partners_of", province="Thừa Thiên Huế")
        if r["country"] == "Nhật Bản" and r["partner_type"] == "ForeignLocality"
    }
    assert japanese == {"Gifu", "Niigata", "Nara", "Kyoto", "Shiga"}


def test_build_seeds_hue_partners_lao_korean_and_chinese_localities(seed_graph):
    partners = partners_of(seed_graph, "Huế")
    assert {"Salavan", "Champasak", "Sê Kông", "Savannakhet", "Attapeu"} <= partners
    assert {"Gyeongju", "Gwangju", "Namyangju", "Wando"} <= partners
    assert {"Triết Giang", "Quảng Tây"} <= partners
    assert "Trung Quốc" not in partners  # named only as where the two Chinese provinces are


def test_build_seeds_thanh_hoa_partners(seed_graph):
    partners = partners_of(seed_graph, "Thanh Hóa")
    assert {"Hủa Phăn", "Xiêng Khoảng", "Luông Pha Băng", "Seongnam", "Mittelsachsen", "Farwaniyah", "Tula"} <= partners
    assert {"Ngân hàng Thế giới", "Ngân hàng Phát triển Châu Á", "Ngân hàng Xuất nhập khẩu Hàn Quốc"} <= partners
    assert {"Cơ quan Hợp tác Quốc tế Nhật Bản", "Cơ quan Hợp tác Quốc tế Hàn Quốc"} <= partners
    assert "Hà Lan" not in partners  # "Quỹ Prince Claus, Hà Lan": the fund is the partner


def test_build_seeds_ha_tinh_partners_and_korean_embassy_reception(seed_graph):
    partners = partners_of(seed_graph, "Hà Tĩnh")
    assert {"Lào", "Hàn Quốc", "Nhật Bản", "Bô-ly-khăm-xay", "Khăm Muồn", "Đại sứ quán Hàn Quốc"} <= partners
    events = rows(seed_graph, "events", province="Hà Tĩnh")
    assert {"date": "2016-08", "kind": "reception", "province": "Hà Tĩnh", "participants": "Đại sứ quán Hàn Quốc"}.items() <= next(
        e for e in events if e["kind"] == "reception"
    ).items()
    dated = {(e["date"], e["kind"]) for e in events}
    assert ("2021-01-22", "conference") in dated  # "Sáng 22/1", the year from the article
    # "Sáng 6/1, Thủ tướng ... dự hội nghị trực tuyến": a national conference with no foreign side is no event
    assert not any(d.startswith("2025-01") for d, _k in dated)


def test_build_seeds_nothing_from_doc_them_or_page_furniture(seed_graph):
    sentences = " ".join(str(o) for o in seed_graph.objects(None, V.sentence))
    assert "Đại hội XIV" not in sentences
    assert "Japan Times" not in sentences
    assert "Thái Bình" not in {str(o) for o in seed_graph.objects(None, V.RDFS.label)}


def test_build_seeds_national_figures_belong_to_vietnam(seed_graph):
    vietnam = [r for r in rows(seed_graph, "indicators") if r["scope"] == "Việt Nam"]
    assert {(r["indicator"], r["value"]) for r in vietnam} == {
        ("trade_value", "800000000000"),
        ("agreements_signed", "170"),
    }
    ha_tinh = {(r["indicator"], r["value"]) for r in rows(seed_graph, "indicators", province="Hà Tĩnh")}
    assert ("trade_value", "800000000000") not in ha_tinh
    assert not any(r["partner"] == "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc" and "nâng tổng số" in r["sentence"]
                   for r in rows(seed_graph, "evidence", province="Hà Tĩnh"))


@pytest.mark.parametrize(
    "province, indicator, value, unit, qualifier, period",
    [
        ("Hà Tĩnh", "export_value", "2400000000", "USD", "estimate", "2024"),
        ("Hà Tĩnh", "oda_capital", "10206452000000", "VND", None, "2016-2020"),
        ("Hà Tĩnh", "fdi_capital", "20000000000", "USD", "more_than", None),
        ("Thanh Hóa", "export_value", "14081670000", "USD", None, "2016-2020"),
        ("Thanh Hóa", "workers_abroad", "46101", "person", None, "2016-2020"),
        ("Thanh Hóa", "fdi_capital", "14350000000", "USD", None, "2020"),
        ("Huế", "fdi_capital", "4554500000", "USD", None, None),
    ],
)
def test_build_seeds_indicator_values(seed_graph, province, indicator, value, unit, qualifier, period):
    got = rows(seed_graph, "indicators", province=province)
    assert {"indicator": indicator, "value": value, "unit": unit, "qualifier": qualifier, "period": period}.items() <= next(
        (r for r in got if r["indicator"] == indicator and r["value"] == value), {}
    ).items()


def test_build_seeds_vung_ang_figures_are_scoped_to_the_zone(seed_graph):
    zone = {(r["indicator"], r["value"]) for r in rows(seed_graph, "indicators", province="Hà Tĩnh") if r["zone"] == "KKT Vũng Áng"}
    assert zone == {("fdi_projects", "49"), ("fdi_capital", "17000000000")}


def test_build_seeds_korea_is_one_node_across_articles(seed_graph):
    korea = URIRef(ID + "country/kr")
    provinces = {str(p) for p in seed_graph.subjects(V.partnersWith, korea)}
    assert provinces == {ID + "province/vn-38", ID + "province/vn-42", ID + "province/vn-46"}
    assert len(rows(seed_graph, "provinces_of", partner="Korea")) >= 3  # an English alias finds it too


def test_build_seeds_every_fact_has_evidence_with_offsets(seed_graph):
    from conftest import SEEDS

    from kg.io.reader import read_articles

    raw = {a.id: (a.source_file, open(a.source_file, encoding="utf-8").read()) for a in read_articles([SEEDS])}
    for fact_class in (V.Partnership, V.Agreement, V.Event, V.Indicator):
        for fact in seed_graph.subjects(V.RDF.type, fact_class):
            evidence = list(seed_graph.objects(fact, V.evidence))
            assert evidence, fact
            for ev in evidence:
                article = str(seed_graph.value(ev, V.article)).rsplit("/", 1)[1]
                start, end = int(seed_graph.value(ev, V.startOffset)), int(seed_graph.value(ev, V.endOffset))
                assert raw[article][1][start:end] == str(seed_graph.value(ev, V.sentence))


def test_build_seeds_decimal_values_are_exact(seed_graph):
    values = {Decimal(str(v)) for v in seed_graph.objects(None, V.value)}
    assert Decimal("10206452000000") in values and Decimal("14081670000") in values
