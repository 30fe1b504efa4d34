"""The gazetteer's remembered keys and walk steps change nothing: matching with and without them gives the same
matches."""

from conftest import sentence_spans

from kg.extract import gazetteer as gz

TEXTS = ["Đoàn công tác tỉnh Xa-vẳn-na-khệt (Lào) thăm Quảng Trị.", "Hà Nội và Thành phố Hồ Chí Minh ký với Át Ta Pư.",
         "Bô-ly-khăm-xay, Bôlykhămxay, Lào Cai, nước bạn Lào, Mỹ Tho, WB và Ngân hàng Thế giới."]


def _spans():
    return sentence_spans(TEXTS)


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
