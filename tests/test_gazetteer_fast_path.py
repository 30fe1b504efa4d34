"""The gazetteer's remembered keys and walk steps change nothing: matching with and without them gives the same
matches."""

from pathlib import Path

from kg.extract import gazetteer as gz
from kg.extract.extractor import sentences
from kg.io.reader import read_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEXTS = ["Đoàn công tác tỉnh Xa-vẳn-na-khệt (Lào) thăm Quảng Trị.", "Hà Nội và Thành phố Hồ Chí Minh ký với Át Ta Pư.",
         "Bô-ly-khăm-xay, Bôlykhămxay, Lào Cai, nước bạn Lào, Mỹ Tho, WB và Ngân hàng Thế giới."]


def _spans():
    for article in read_articles([SEEDS]):
        for span in article.body:
            for s, e in sentences(article.text, span):
                yield article.text, s, e
    for text in TEXTS:
        yield text, 0, len(text)


def test_gazetteer_cached_keys_match_as_the_plain_ones(monkeypatch):
    g = gz.gazetteer()
    spans = list(_spans())
    fast = [list(g.find(text, s, e)) for text, s, e in spans]
    monkeypatch.setattr(gz, "_cached_loose_key", gz.loose_key)
    slow = [list(g.find(text, s, e)) for text, s, e in spans]
    assert fast == slow
    assert sum(map(len, fast)) > 100


def test_gazetteer_remembered_steps_match_as_steps_worked_out_each_time(monkeypatch):
    g = gz.gazetteer()
    spans = list(_spans())
    [list(g.find(text, s, e)) for text, s, e in spans]  # every step remembered
    remembered = [list(g.find(text, s, e)) for text, s, e in spans]
    monkeypatch.setattr(gz, "_STEPS_KEPT", 0)  # forgotten at once: each step is worked out anew
    fresh = gz.Gazetteer()
    assert [list(fresh.find(text, s, e)) for text, s, e in spans] == remembered
    assert len(fresh._steps) <= 1
