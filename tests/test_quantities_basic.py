"""Tests for kg.extract.quantities: Vietnamese number formats, scales, units, qualifiers."""

from decimal import Decimal

import pytest

from kg.extract.quantities import Quantity, find_quantities, parse_number


@pytest.mark.parametrize(
    "s, expected",
    [
        ("10.206,452", Decimal("10206.452")),
        ("14.081,67", Decimal("14081.67")),
        ("2,4", Decimal("2.4")),
        ("46.101", Decimal("46101")),
        ("3.009.681", Decimal("3009681")),
        ("1,5", Decimal("1.5")),
        ("7.800", Decimal("7800")),
        ("2.5", Decimal("2.5")),
        ("100", Decimal("100")),
        ("02", Decimal("2")),
    ],
)
def test_parse_number(s, expected):
    assert parse_number(s) == expected


@pytest.mark.parametrize("s", ["", "abc", "1.2345", "1..2", "22-NQ", "10/7"])
def test_parse_number_rejects(s):
    assert parse_number(s) is None


def one(text: str) -> Quantity:
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    "text, value, high, unit, qualifier",
    [
        ("2,4 tỷ USD", "2400000000", None, "USD", None),
        ("10.206,452 tỷ đồng", "10206452000000", None, "VND", None),
        ("14.081,67 triệu USD", "14081670000", None, "USD", None),
        ("3.777,5 triệu USD", "3777500000", None, "USD", None),
        ("14,35 tỷ USD", "14350000000", None, "USD", None),
        ("46.101 người", "46101", None, "person", None),
        ("trên 20 tỷ USD", "20000000000", None, "USD", "more_than"),
        ("hơn 800 tỷ USD", "800000000000", None, "USD", "more_than"),
        ("gần 100 dự án", "100", None, "project", "nearly"),
        ("khoảng 150 đến 180 triệu USD", "150000000", "180000000", "USD", "about"),
        ("2-3 tỷ USD", "2000000000", "3000000000", "USD", None),
        ("từ 2 đến 3 tỷ USD", "2000000000", "3000000000", "USD", None),
        ("trên 7.800 tỷ đồng", "7800000000000", None, "VND", "more_than"),
        ("1,5 triệu USD", "1500000", None, "USD", None),
        ("4.554,5 triệu USD", "4554500000", None, "USD", None),
        ("hơn 164 km", "164", None, "km", "more_than"),
        ("92,02%", "92.02", None, "percent", None),
        ("64 dự án", "64", None, "project", None),
        ("3.009.681 lượt người", "3009681", None, "visit", None),
        ("112 lượt khách", "112", None, "visit", None),
        ("10.500 tỷ đồng", "10500000000000", None, "VND", None),
        ("Hơn 17 triệu người", "17000000", None, "person", "more_than"),
        ("2 nghìn tỷ đồng", "2000000000000", None, "VND", None),
        ("5 tỉ đô la Mỹ", "5000000000", None, "USD", None),
        ("dự kiến 3 triệu Euro", "3000000", None, "EUR", "planned"),
        ("lên tới 200 tỷ yên", "200000000000", None, "JPY", "up_to"),
        ("ít nhất 12 đoàn", "12", None, "delegation", "at_least"),
        ("xấp xỉ 3 thỏa thuận", "3", None, "agreement", "about"),
        ("hơn 70 tổ chức", "70", None, "organisation", "more_than"),
        ("ước tính 1.000 tỷ kíp", "1000000000000", None, "LAK", "estimate"),
        ("200 triệu Nhân dân tệ", "200000000", None, "CNY", None),
        ("50 tỷ won", "50000000000", None, "KRW", None),
        ("10 triệu baht", "10000000", None, "THB", None),
        ("2 tỷ", "2000000000", None, "", None),
        ("300 triệu yên Nhật", "300000000", None, "JPY", None),
        ("khoảng 5.000 - 6.000 lượt khách", "5000", "6000", "visit", "about"),
        ("500.000 đồng", "500000", None, "VND", None),
    ],
)
def test_quantities(text, value, high, unit, qualifier):
    q = one(text)
    assert q.value == Decimal(value)
    assert q.high == (Decimal(high) if high else None)
    assert q.unit == unit
    assert q.qualifier == qualifier
    assert (q.start, q.end, q.text) == (0, len(text), text)


def test_value_is_written_plainly():
    assert str(one("2,4 tỷ USD").value) == "2400000000"


def test_span_includes_qualifier_in_context():
    text = "kim ngạch xuất khẩu ước đạt 2,4 tỷ USD, đạt kế hoạch đề ra"
    q = one(text)
    assert q.qualifier == "estimate"
    assert q.text == "ước đạt 2,4 tỷ USD"
    assert text[q.start:q.end] == q.text


def test_several_in_sentence():
    text = ("Tỉnh đã thu hút được 64 dự án đầu tư trực tiếp nước ngoài với tổng số vốn "
            "đăng ký trên 20 tỷ USD; có 3.009.681 lượt người/560.020 lượt phương tiện.")
    qs = find_quantities(text)
    assert [(q.text, q.unit) for q in qs] == [
        ("64 dự án", "project"),
        ("trên 20 tỷ USD", "USD"),
        ("3.009.681 lượt người", "visit"),
        ("560.020 lượt", "visit"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "hàng chục tỷ đồng",
        "Nghị quyết số 22-NQ/TW của Bộ Chính trị",
        "Chương trình số 274/CTr-UBND ngày 10/7/2014",
        "Quyết định 942/QĐ-UBND",
        "Chỉ thị số 41-CT/TW ngày 15-4-2010",
        "Sáng 22/1, ngày 10/7/2014, ngày 15-4-2010",
        "năm 2020 tổ chức hội nghị",
        "giai đoạn 2016-2020 người dân",
        "tháng 8/2016 người",
        "sử dụng đường 8, đường 12, Quốc lộ 1A",
        "lần thứ 3 người",
        "khóa IX, đứng thứ 8 cả nước",
        "ClockThứ Ba, 30/04/2024 11:26",
        "Đoàn gồm 24 đồng chí",
        "30 quốc gia và 2,5 lần",
        "z6201521781320-180078e8b8a6bcc36f481d4974a7ca02.jpg",
        "3 đoàn viên",
        "tăng 1.5 lần",
        "bạn bè yên tâm 5 yên tâm",
        "COVID-19 người, Điều 110 người, 1/3 số người",
    ],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_rate_is_not_scale():
    q = one("tỷ lệ 5%")
    assert (q.value, q.unit, q.text) == (Decimal(5), "percent", "5%")


def test_english_decimal_point():
    q = one("đạt 2.5 tỷ USD")
    assert q.value == Decimal("2500000000")


def test_attached_km():
    q = one("164km đường biên giới")
    assert (q.value, q.unit) == (Decimal(164), "km")


def test_range_with_own_scale():
    q = one("150 triệu đến 180 triệu USD")
    assert (q.value, q.high, q.unit) == (Decimal(150000000), Decimal(180000000), "USD")


def test_quantity_is_frozen():
    q = one("64 dự án")
    with pytest.raises(AttributeError):
        q.value = Decimal(1)  # type: ignore[misc]
