"""kg.extract.firms: firms named by a foreign legal form, and the quick test asked before their slow pattern."""

from __future__ import annotations

import pytest

from kg.extract import firms

SENTENCES = [
    ("Hansol Technics Co., Ltd. đầu tư thêm 20 triệu USD.", "Hansol Technics"),
    ("Công ty SIBC International Ltd (Hồng Kông) được cấp phép.", "SIBC International"),
    ("BS Heidelberg Solar GmbH ký hợp đồng.", "BS Heidelberg Solar"),
    ("Tập đoàn Sime Darby Sdn. Bhd. khảo sát dự án.", "Sime Darby"),
    ("Nhà máy của Mabuchi Motor Pte. Ltd khánh thành.", "Mabuchi Motor"),
    ("Đoàn của Kyocera Corporation thăm tỉnh.", "Kyocera"),
]


@pytest.mark.parametrize(("sentence", "name"), SENTENCES)
def test_firms_suffixed_the_quick_test_passes_every_legal_form(sentence, name):
    assert firms._ANY_LEGAL_SUFFIX.search(sentence, 0, len(sentence))
    assert any(name in m.group("name") for m in firms._SUFFIXED.finditer(sentence, 0, len(sentence)))


def test_firms_suffixed_a_sentence_without_legal_form_is_not_searched(monkeypatch):
    class Refuse:
        def finditer(self, *args):
            raise AssertionError("the slow pattern was asked")

    monkeypatch.setattr(firms, "_SUFFIXED", Refuse())
    text = "Ông Nguyễn Văn A cùng đoàn Samsung Display và LG Innotek thăm Khu công nghiệp Yên Phong."
    assert firms.Firms.__new__(firms.Firms)._suffixed(text, 0, len(text), [], set(), []) == []
