"""Tests for kg.dates: dates, periods, datelines and year inference."""

import datetime

import pytest

from kg.dates import DateMention, find_dateline, find_dates, find_periods, infer_year

D = datetime.date


def values(text, **kw):
    return [(m.value, m.granularity, m.year_inferred) for m in find_dates(text, **kw)]


def test_cued_day_month_with_reference_year():
    ms = find_dates("Sáng 22/1, UBND tỉnh", reference_year=2021)
    assert ms == [DateMention(0, 9, "2021-01-22", "day", True, "Sáng 22/1")]


def test_cued_day_month_with_reference_date():
    assert values("Sáng 22/1, UBND tỉnh", reference=D(2021, 2, 1)) == [("2021-01-22", "day", True)]
    assert values("Sáng 6/1, Thủ tướng", reference=D(2025, 1, 7)) == [("2025-01-06", "day", True)]


def test_day_month_after_reference_goes_to_previous_year():
    assert values("ngày 25/12", reference=D(2025, 1, 7)) == [("2024-12-25", "day", True)]
    # within 30 days after the reference stays in the reference year
    assert values("ngày 20/1", reference=D(2025, 1, 7)) == [("2025-01-20", "day", True)]


def test_invalid_inferred_day_is_dropped():
    assert find_dates("ngày 29/2", reference=D(2025, 6, 10)) == []
    assert values("ngày 29/2", reference=D(2024, 6, 10)) == [("2024-02-29", "day", True)]
    assert values("ngày 29/2", reference=D(2025, 1, 7)) == [("2024-02-29", "day", True)]
    assert values("ngày 2/1", reference=D(2024, 12, 20)) == [("2024-01-02", "day", True)]


def test_reference_date_wins_over_reference_year():
    assert values("Chiều 6/1", reference=D(2025, 1, 7), reference_year=2010) == [
        ("2025-01-06", "day", True)]


def test_no_year_no_reference_is_skipped():
    assert find_dates("Sáng 22/1, UBND tỉnh") == []
    assert find_dates("Tối 5/3 và ngày 28/8") == []


def test_month():
    ms = find_dates("Đại sứ quán Hàn Quốc tại Việt Nam (tháng 8/2016)")
    assert [(m.value, m.granularity, m.year_inferred, m.text) for m in ms] == [
        ("2016-08", "month", False, "tháng 8/2016")]
    assert values("tháng 8 năm 2016") == [("2016-08", "month", False)]


def test_full_dates():
    text = "Chương trình số 274/CTr-UBND ngày 10/7/2014 của UBND tỉnh"
    ms = find_dates(text)
    assert [(m.value, m.text) for m in ms] == [("2014-07-10", "ngày 10/7/2014")]
    assert text[ms[0].start:ms[0].end] == "ngày 10/7/2014"
    assert values("Chỉ thị số 41-CT/TW ngày 15-4-2010") == [("2010-04-15", "day", False)]
    assert values("ngày 22 tháng 1 năm 2016") == [("2016-01-22", "day", False)]
    assert values("ký vào 10/7/2014.") == [("2014-07-10", "day", False)]


def test_worded_without_year_uses_reference():
    assert values("ngày 22 tháng 1", reference_year=2016) == [("2016-01-22", "day", True)]


def test_date_range_gives_two_dates():
    assert values("kỷ niệm 70 năm thành lập ngành (28/8/1945-28/8/2015)") == [
        ("1945-08-28", "day", False), ("2015-08-28", "day", False)]


def test_day_range_gives_first_day():
    ms = find_dates("ngày 20 - 22/1", reference_year=2024)
    assert [(m.value, m.text) for m in ms] == [("2024-01-20", "ngày 20 - 22/1")]


def test_year():
    ms = find_dates("Năm 2024, công tác ngoại giao")
    assert [(m.value, m.granularity, m.text) for m in ms] == [("2024", "year", "Năm 2024")]


@pytest.mark.parametrize(
    "text",
    ["22-NQ/TW", "Nghị quyết số 22/NQ-TW", "274/CTr-UBND", "ngày 31/2/2020",
     "3/4 số dự án", "11:26", "quý I/2024", "đường 8", "ngày 22/13/2020"],
)
def test_not_dates(text):
    assert find_dates(text, reference_year=2020) == []


def test_periods():
    cases = {
        "giai đoạn 2016-2020": (2016, 2020, "giai đoạn 2016-2020"),
        "Giai đoạn 2011 – 2015, Hà Tĩnh": (2011, 2015, "Giai đoạn 2011 – 2015"),
        "nhiệm kỳ 2020 - 2025": (2020, 2025, "nhiệm kỳ 2020 - 2025"),
        "trong 5 năm qua (2016-2021), Tỉnh ủy": (2016, 2021, "2016-2021"),
        "Sở Ngoại vụ (2005-2015)": (2005, 2015, "2005-2015"),
        "từ năm 2014 đến 2020, tỉnh": (2014, 2020, "từ năm 2014 đến 2020"),
        "từ năm 2014 đến năm 2020": (2014, 2020, "từ năm 2014 đến năm 2020"),
        "Quy hoạch tỉnh 2021 - 2030": (2021, 2030, "2021 - 2030"),
    }
    for text, expected in cases.items():
        ps = find_periods(text)
        assert [(p.first_year, p.last_year, p.text) for p in ps] == [expected], text
        assert text[ps[0].start:ps[0].end] == ps[0].text


@pytest.mark.parametrize(
    "text", ["(28/8/1945-28/8/2015)", "2020-2019", "1945-2015", "số 2016-2020/QĐ", "10/7/2014"])
def test_not_periods(text):
    assert find_periods(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ClockThứ Ba, 30/04/2024 11:26\n\nĐối ngoại Thừa Thiên Huế", D(2024, 4, 30)),
        ("Thứ Hai, 06/01/2025 - 10:15", D(2025, 1, 6)),
        ("Cập nhật: 22/01/2021 14:30", D(2021, 1, 22)),
        ("Ngày đăng: 22/01/2021", D(2021, 1, 22)),
        ("Tin tức\n30/04/2024 11:26\nBài viết", D(2024, 4, 30)),
        ("Không có ngày tháng", None),
        ("x" * 500 + " Thứ Ba, 30/04/2024 11:26", None),
        ("Thứ Ba, 31/02/2024 11:26", None),
    ],
)
def test_dateline(text, expected):
    assert find_dateline(text) == expected


def test_infer_year():
    text = ("tổ chức hội nghị tổng kết công tác đối ngoại năm 2020 và triển khai nhiệm vụ "
            "công tác đối ngoại năm 2021. Kế hoạch giai đoạn 2021-2025, định hướng đến năm 2030.")
    assert infer_year(text) == 2021


def test_infer_year_ignores_targets_and_periods():
    assert infer_year("nhiệm kỳ 2026-2031; tầm nhìn đến năm 2050; tháng 8/2016") == 2016
    assert infer_year("ngày 10/7/2014 và năm 1985") == 2014
    assert infer_year("giai đoạn 2021-2025") is None
    assert infer_year("Không có năm nào") is None


def test_dates_press_hyphen_day_month_after_a_cue():
    assert values("Đầu giờ chiều 8-5, tàu cập cảng", reference_year=2017) == [("2017-05-08", "day", True)]
    assert values("ngày 15.4 đến", reference_year=2017) == []


def test_dates_relative_days_need_the_publication_date():
    ref = datetime.date(2024, 3, 5)
    assert [(d.value, d.year_inferred) for d in find_dates("Sáng nay, UBND tỉnh", reference=ref)] == [("2024-03-05", True)]
    assert [d.value for d in find_dates("hôm qua, đoàn đã đến", reference=ref)] == ["2024-03-04"]
    assert [d.value for d in find_dates("Chiều qua (4-3), lãnh đạo", reference=ref)] == ["2024-03-04"]
    assert find_dates("Sáng nay, UBND tỉnh") == []
    assert find_dates("thành tựu ngày hôm nay", reference=ref) == []


def test_infer_year_reads_a_bare_year_in_the_title():
    assert infer_year("APEC 2017: Quản lý đô thị\nNgày 13/5, hội thảo về đô thị; từ năm 2013 đến nay.") == 2017
    assert infer_year("Kế hoạch đến năm 2030\nnăm 2021") == 2021


def test_dates_dotted_day_month_before_a_comma_or_place():
    # "Ngày 10.2, tại Hà Nội": the dotted form some papers use; "mỗi ngày 2.5 tấn" is a quantity
    assert values("Ngày 10.2, tại Hà Nội, hội nghị", reference=D(2017, 7, 31)) == [("2017-02-10", "day", True)]
    assert values("sáng 8.5 vừa qua", reference=D(2017, 7, 31)) == [("2017-05-08", "day", True)]
    assert values("mỗi ngày 2.5 tấn hàng", reference=D(2017, 7, 31)) == []


def test_infer_year_leaves_out_what_is_still_to_come():
    # the plan's year, whether the plan word comes before it or after its own comma
    assert infer_year("Tuyến sẽ bắt đầu hoạt động vào năm 2021. Dự án khởi công năm 2014.") == 2014
    assert infer_year("Năm 2018, hội sẽ phối hợp với tỉnh. Năm 2016 hội đã làm nhiều việc.") == 2016
    # a plain year before a comma keeps its own clause
    assert infer_year("Tăng trưởng đạt 5% năm 2016, tỉnh sẽ tăng thêm.") == 2016


def test_infer_year_counts_a_span_already_lived_through():
    assert infer_year("Mùa khô năm 2016-2017, tỉnh hồi hương 20 hài cốt. Từ năm 1993 đến nay hai tỉnh phối hợp.") == 2017
    assert infer_year("Kể từ năm 1999 đến 2016, tỉnh đã quy tập 500 hài cốt, tiếp nối từ năm 2000.") == 2016
    # a plan's period says nothing of the present
    assert infer_year("Giai đoạn 2021-2025, tỉnh thu hút thêm vốn; năm 2019 đạt 5%.") == 2019


def test_dates_worded_date_found_and_its_slow_pattern_skipped_without_one(monkeypatch):
    import kg.dates as dates_module

    text = "Sáng 22 tháng 1 năm 2016, đoàn đến thăm."
    assert [d.value for d in dates_module.find_dates(text)] == ["2016-01-22"]

    class Refuse:
        def finditer(self, *args):
            raise AssertionError("the worded-date pattern was asked")

    monkeypatch.setattr(dates_module, "_WORDED", Refuse())
    assert [d.value for d in dates_module.find_dates("Sáng 22/1/2016, đoàn đến thăm tháng trước.")] == ["2016-01-22"]


def test_dates_periods_found_and_their_patterns_skipped_without_two_joined_years(monkeypatch):
    import kg.dates as dates_module

    assert [(p.first_year, p.last_year) for p in dates_module.find_periods("giai đoạn 2016-2020 và từ năm 2014 đến 2020")] \
        == [(2016, 2020), (2014, 2020)]

    class Refuse:
        def finditer(self, *args):
            raise AssertionError("a period pattern was asked")

    for name in ("_PERIOD_CUED", "_PERIOD_FROM", "_PERIOD_BARE"):
        monkeypatch.setattr(dates_module, name, Refuse())
    assert dates_module.find_periods("năm 2016, đến năm 2020 tỉnh có 12 dự án") == []


def test_dates_a_month_without_its_year_takes_the_publication_s():
    ref = datetime.date(2024, 8, 14)
    found = find_dates("Cũng trong tháng 7 vừa qua, đoàn công tác", reference=ref)
    assert [(d.value, d.granularity, d.year_inferred) for d in found] == [("2024-07", "month", True)]
    assert [d.value for d in find_dates("Tháng 11, thành phố đón đoàn", reference=ref)] == ["2023-11"]  # not yet this year
    assert find_dates("6 tháng đầu năm, tỉnh thu hút", reference=ref) == []
    assert find_dates("Tháng 4 vừa qua, đoàn đại biểu") == []  # no reference: a year is never invented
