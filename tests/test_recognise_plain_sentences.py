"""A sentence that names nothing known is answered early; what patterns find without a known name is still found."""

from __future__ import annotations

from kg.extract.extractor import Extractor
from kg.extract.recognise import Found


def _found(text: str) -> Found:
    return Extractor().rec.recognise(text, 0, len(text), None)


def test_recognise_plain_sentences_find_nothing():
    assert _found("Trời mưa to kéo dài suốt ba ngày qua.") == Found()


def test_recognise_plain_sentences_keep_what_patterns_find():
    firm = _found("Công ty TNHH Kimin Power (có vốn 15 triệu USD) khởi công nhà máy.")
    assert [k for _s, _e, k in firm.partners] == ["company/kimin-power"]
    place = _found("Chính phủ nhân dân thành phố Zorvath đã cử đoàn sang làm việc.")
    assert [k for _s, _e, k in place.partners] == ["place/cn-zorvath"]
