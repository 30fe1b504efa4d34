"""The extraction's stages, run alone or up to a point, on texts written for these tests."""

from kg.extract import pipeline
from kg.extract.document import Doc, RefYear
from kg.io.reader import make_article

TEXT = ("Sáng 12/3, UBND tỉnh Quảng Trị tiếp đoàn đại biểu tỉnh Savannakhet (Lào). "
        "Hai bên ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028. Kim ngạch xuất khẩu của tỉnh đạt 20 triệu USD.")


def _doc(body: str = TEXT) -> Doc:
    article = make_article(f"Quảng Trị và Savannakhet\n\n{body}", identifier="t", source_file="t.txt",
                           date=__import__("datetime").date(2024, 3, 13))
    return Doc(article=article, ref_year=RefYear(article))


def _run(extractor, doc: Doc, names) -> Doc:
    for name in names:
        pipeline.STAGES[name](extractor, doc)
    return doc


def test_pipeline_order_names_every_registered_stage():
    assert pipeline.ORDER == ("segment", "recognise", "scope", "relate", "agreements", "events", "indicators")
    assert set(pipeline.STAGES) == set(pipeline.ORDER)


def test_pipeline_segment_cuts_sentences_without_recognising(extractor):
    doc = _run(extractor, _doc(), ["segment"])
    sentences = [doc.text[s:e] for s, e, _p, _f in doc.raw]
    assert sentences[1:] == ["Sáng 12/3, UBND tỉnh Quảng Trị tiếp đoàn đại biểu tỉnh Savannakhet (Lào).",
                             "Hai bên ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.",
                             "Kim ngạch xuất khẩu của tỉnh đạt 20 triệu USD."]
    assert all(not f.partners and not f.provinces for _s, _e, _p, f in doc.raw)


def test_pipeline_scope_gives_the_subject_and_actors_but_no_link(extractor):
    doc = _run(extractor, _doc(), ["segment", "recognise", "scope"])
    assert doc.subject == "province/vn-45"
    assert doc.sentences[1].actors == ("province/vn-45",) and doc.sentences[1].scope == "province"
    assert doc.partnerships == [] and doc.agreements == []


def test_pipeline_agreements_come_from_the_relate_stage_s_links(extractor):
    related = _run(extractor, _doc(), ["segment", "recognise", "scope", "relate"])
    assert {(p.province, p.partner) for p in related.partnerships} == {("province/vn-45", "place/la-sv")}
    assert related.agreements == []
    both = _run(extractor, related, ["agreements"])
    assert [(a.province, a.partners, a.status, a.period) for a in both.agreements] == [
        ("province/vn-45", ("place/la-sv",), "signed", (2024, 2028))]


def test_pipeline_events_and_indicators_run_last(extractor):
    r = pipeline.run(extractor, _doc().article)
    assert [(e.province, e.date, e.kind) for e in r.events] == [("province/vn-45", "2024-03-12", "reception"),
                                                               ("province/vn-45", "2024-03-12", "signing")]
    assert [(i.scope, i.indicator_type, int(i.value)) for i in r.indicators] == [("province/vn-45", "export_value", 20000000)]
