"""Extraction on short texts written for these tests: each shows one rule."""

from conftest import pairs


def test_extract_partnership_needs_a_relation_cue(extract_text):
    r = extract_text("Tỉnh Quảng Trị ký kết thỏa thuận hợp tác với tỉnh Savannakhet (Lào) giai đoạn 2022-2026.")
    assert pairs(r) == {("province/vn-45", "place/la-sv")}
    mention_only = extract_text("Tỉnh Quảng Trị có nhiều cảnh đẹp. Savannakhet là một tỉnh của Lào.")
    assert pairs(mention_only) == set()


def test_extract_agreement_period_status_and_parties(extract_text):
    r = extract_text("Tỉnh Quảng Trị ký kết thỏa thuận hợp tác với tỉnh Savannakhet (Lào) giai đoạn 2022-2026.")
    [ag] = r.agreements
    assert (ag.province, ag.partners, ag.status, ag.period) == ("province/vn-45", ("place/la-sv",), "signed", (2022, 2026))
    assert ag.agreement_type == "thỏa thuận hợp tác"


def test_extract_agreement_in_negotiation(extract_text):
    r = extract_text("Tỉnh Nghệ An đang xúc tiến thiết lập quan hệ hợp tác với tỉnh Gifu, Nhật Bản.")
    assert [(a.partners, a.status) for a in r.agreements] == [(("place/jp-21",), "in_negotiation")]
    # the country only says where Gifu is: it is not a partner of its own
    assert pairs(r) == {("province/vn-40", "place/jp-21")}


def test_extract_lao_cai_is_a_vietnamese_province_not_laos(extract_text):
    r = extract_text("Tỉnh Lào Cai hợp tác với tỉnh Vân Nam (Trung Quốc) trong phát triển thương mại biên giới.")
    assert pairs(r) == {("province/vn-10", "place/cn-yn")}
    assert not any(k == "country/la" for k in r.entities)


def test_extract_province_after_the_2025_merger(extract_text):
    r = extract_text("Tỉnh Lào Cai hợp tác với tỉnh Vân Nam (Trung Quốc).", date="2025-09-01")
    assert pairs(r) == {("province/vn-15-2025", "place/cn-yn")}


def test_extract_national_diplomacy_gives_no_province_link(extract_text):
    r = extract_text(
        "Thủ tướng Chính phủ tiếp Đại sứ Hàn Quốc tại Việt Nam. Hai nước ký kết 10 thỏa thuận hợp tác.",
        title="Thủ tướng tiếp Đại sứ Hàn Quốc",
    )
    assert pairs(r) == set()


def test_extract_sport_and_tourists_give_no_link(extract_text):
    assert pairs(extract_text("Đội tuyển Việt Nam thắng Thái Lan 2-1 trên sân Mỹ Đình.")) == set()
    assert pairs(extract_text("Sân bay Cam Ranh (Khánh Hòa) đón hàng nghìn khách Trung Quốc mỗi ngày.")) == set()


def test_extract_person_named_duc_is_not_germany(extract_text):
    r = extract_text("Ông Nguyễn Minh Đức, Giám đốc Sở Ngoại vụ tỉnh Hà Tĩnh, làm việc với đoàn công tác.")
    assert "country/de" not in r.entities


def test_extract_embassy_is_a_diplomatic_mission(extract_text):
    r = extract_text("Sáng 12/3, lãnh đạo tỉnh Bình Định tiếp Đại sứ quán Nhật Bản tại Việt Nam.", date="2024-03-13")
    assert pairs(r) == {("province/vn-52", "mission/jp-embassy")}
    [ev] = r.events
    assert (ev.kind, ev.date, ev.date_inferred, ev.participants) == ("reception", "2024-03-12", True, ("mission/jp-embassy",))


def test_extract_unknown_locality_from_pattern(extract_text):
    r = extract_text("Tỉnh Phú Thọ ký kết biên bản ghi nhớ hợp tác với thành phố Zgorzelec, Ba Lan.")
    [(province, partner)] = pairs(r)
    assert province == "province/vn-25" and partner == "place/pl-zgorzelec"
    [entity] = r.new_entities
    assert (entity.label, entity.country, entity.kind) == ("Zgorzelec", "PL", "locality")


def test_extract_foreign_company_pattern_and_domestic_company_ignored(extract_text):
    r = extract_text("Tỉnh Bắc Ninh làm việc với Tập đoàn Foxconn (Đài Loan) về dự án đầu tư mới.")
    assert pairs(r) == {("province/vn-27", "company/foxconn")}
    domestic = extract_text("Tỉnh Thanh Hóa ký kết thỏa thuận hợp tác với Tập đoàn Vingroup.")
    assert pairs(domestic) == set()


def test_extract_indicator_values_units_and_scope(extract_text):
    r = extract_text(
        "Năm 2023, kim ngạch xuất khẩu của tỉnh Bắc Giang ước đạt 2,4 tỷ USD. "
        "Tỉnh thu hút 12 dự án FDI với tổng vốn đăng ký 10.206,452 tỷ đồng."
    )
    got = {(i.indicator_type, str(i.value), i.unit, i.qualifier, i.scope) for i in r.indicators}
    assert ("export_value", "2400000000", "USD", "estimate", "province/vn-24") in got
    assert ("fdi_projects", "12", "project", None, "province/vn-24") in got
    assert ("fdi_capital", "10206452000000", "VND", None, "province/vn-24") in got


def test_extract_national_figures_are_scoped_to_vietnam(extract_text):
    r = extract_text(
        "Tỉnh Hà Tĩnh tổng kết công tác đối ngoại.\n\n"
        "Trong năm, lãnh đạo Đảng và Nhà nước ký kết mới hơn 170 thỏa thuận hợp tác. "
        "Kim ngạch xuất nhập khẩu năm 2024 của cả nước đạt hơn 800 tỷ USD."
    )
    national = {(i.indicator_type, str(i.value)) for i in r.indicators if i.scope == "country/vn"}
    assert national == {("agreements_signed", "170"), ("trade_value", "800000000000")}
    assert not any(i.scope == "province/vn-42" for i in r.indicators)


def test_extract_economic_zone_scope(extract_text):
    r = extract_text("Tỉnh Hà Tĩnh có 64 dự án FDI, trong đó KKT Vũng Áng thu hút 49 dự án FDI.")
    zones = {(str(i.value), i.scope_label) for i in r.indicators}
    assert zones == {("64", None), ("49", "KKT Vũng Áng")}


def test_extract_evidence_offsets_point_into_the_raw_text(extract_text):
    body = "Tỉnh Quảng Trị hợp tác với tỉnh Savannakhet (Lào)."
    r = extract_text(body, title="Tin")
    [p] = r.partnerships
    raw = "Tin\n\n" + body
    assert raw[p.evidence.start : p.evidence.end] == body
    assert p.evidence.sentence == body


def test_extract_recalled_history_is_not_an_event(extract_text):
    r = extract_text(
        "Ngày 2/9/1995, lãnh đạo tỉnh Bình Định tiếp Đại sứ quán Nhật Bản lần đầu. "
        "Sáng 12/3, lãnh đạo tỉnh Bình Định tiếp Đại sứ quán Nhật Bản.",
        date="2024-03-13",
    )
    assert [(e.kind, e.date) for e in r.events] == [("reception", "2024-03-12")]


def test_extract_country_before_its_localities_in_brackets_is_no_partner(extract_text):
    r = extract_text("Tỉnh Huế có quan hệ hợp tác với các tỉnh Nam Trung Lào (Salavan, Champasak).")
    assert pairs(r) == {("province/vn-46", "place/la-sl"), ("province/vn-46", "place/la-ch")}


def test_extract_country_that_classifies_the_localities_listed_is_no_partner(extract_text):
    r = extract_text("Hiện nay, tỉnh An Giang có quan hệ hợp tác với 4 tỉnh của Campuchia gồm Takeo, Kandal, Kampot và Kep.",
                     date="2026-02-10")
    assert {p for _a, p in pairs(r)} == {"place/kh-21", "place/kh-8", "place/kh-7", "place/kh-23"}
    # a country whose localities the sentence does not name stays the partner
    alone = extract_text("Tỉnh Tây Ninh đã đến thăm, chúc Tết các tỉnh giáp biên của Campuchia.", date="2025-04-12")
    assert pairs(alone) == {("province/vn-72", "country/kh")}


def test_extract_a_foreign_city_that_sets_the_scene_is_no_partner(extract_text):
    r = extract_text("Trong 2 ngày 24 và 25/9, tại TP Côn Minh, tỉnh Vân Nam (Trung Quốc), đoàn công tác tỉnh Lào Cai đã dự "
                     "hội nghị hợp tác với lãnh đạo tỉnh Vân Nam.", date="2025-09-26")
    assert pairs(r) == {("province/vn-15-2025", "place/cn-yn")}
    # a place visited, with nobody else met, is the partner
    visit = extract_text("Ngày 12/10, tại TP Nam Ninh, đoàn đại biểu tỉnh Lạng Sơn đã thăm và làm việc.", date="2023-10-13")
    assert pairs(visit) == {("province/vn-20", "place/cn-nanning")}
