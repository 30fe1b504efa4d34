"""Indicators: what a figure measures and whose it is, on texts written for these tests."""

from decimal import Decimal


def figures(r):
    return {(i.scope, i.indicator_type, i.value) for i in r.indicators}


def test_facts_indicators_national_figure_in_an_article_naming_no_province(extract_text):
    r = extract_text("Kim ngạch thương mại hai chiều Việt Nam – Đức năm 2016 đạt 8,78 tỷ USD.",
                     title="Quan hệ Việt Nam – Đức")
    assert figures(r) == {("country/vn", "trade_value", Decimal("8780000000"))}


def test_facts_indicators_cue_right_after_a_sum(extract_text):
    r = extract_text("Trong 6 tháng đầu năm 2017, UBND TP Hồ Chí Minh cho biết thành phố đã thu hút được "
                     "2,15 tỷ USD vốn đầu tư nước ngoài.")
    assert figures(r) == {("province/vn-79", "fdi_capital", Decimal("2150000000"))}


def test_facts_indicators_sum_carries_the_count_before_it_but_not_domestic_projects(extract_text):
    r = extract_text("Theo UBND tỉnh Hưng Yên, tỉnh có 370 dự án đầu tư nước ngoài với vốn đăng ký 3,49 tỷ USD, "
                     "và 1.097 dự án đầu tư trong nước.")
    assert figures(r) == {("province/vn-33", "fdi_projects", Decimal("370")),
                          ("province/vn-33", "fdi_capital", Decimal("3490000000"))}


def test_facts_indicators_targets_are_not_levels(extract_text):
    r = extract_text("Hai nước hướng tới mục tiêu đạt kim ngạch thương mại song phương 15 tỷ USD vào năm 2020. "
                     "Hai bên nhất trí nâng kim ngạch thương mại hai nước lên 10 tỷ USD.", title="Việt Nam và Ấn Độ")
    assert figures(r) == set()


def test_facts_indicators_a_foreign_country_as_investor(extract_text):
    r = extract_text("Về đầu tư, Đức coi Việt Nam là thị trường tiềm năng. Đến cuối tháng 4/2017, Đức có 285 dự án "
                     "còn hiệu lực với tổng vốn đầu tư đăng ký là 1,41 tỷ USD.", title="Việt Nam và Đức")
    assert figures(r) == {("country/vn", "fdi_projects", Decimal("285")), ("country/vn", "fdi_capital", Decimal("1410000000"))}


def test_facts_indicators_investment_into_vietnam_is_the_nation_s_fdi(extract_text):
    r = extract_text("Hiện nay tổng số vốn đăng ký đầu tư của Ấn Độ vào Việt Nam đạt 722 triệu USD. "
                     "Tính đến tháng 4, có 285 dự án của Hà Lan tại Việt Nam còn hiệu lực.", title="Quan hệ Việt Nam – Ấn Độ")
    assert figures(r) == {("country/vn", "fdi_capital", Decimal("722000000")), ("country/vn", "fdi_projects", 285)}
    # one firm's investment is no aggregate figure
    firm = extract_text("Cho tới nay, tổng vốn đầu tư của Tập đoàn Nestlé tại Việt Nam là 520 triệu USD.",
                        title="Nestlé mở rộng nhà máy")
    assert figures(firm) == set()


def test_facts_indicators_investment_into_vietnam_passes_the_build_s_gate(extract_text):
    from kg.extract.gate import may_hold_figures

    # no indicator phrase and no partner: only the investment into Việt Nam says what the sum measures
    assert may_hold_figures("Vốn đầu tư vào Việt Nam năm nay đạt 2 tỷ USD.")


def test_facts_indicators_workers_abroad_and_what_they_send_home(extract_text):
    r = extract_text("Theo Sở Lao động, Thương binh và Xã hội Thanh Hóa, toàn tỉnh có 41.000 lao động đang làm việc có "
                     "thời hạn ở nước ngoài, tiền lao động chuyển về ước đạt 180 triệu USD/năm. Riêng năm 2016 có "
                     "9.300 người đi xuất khẩu lao động.", title="Thanh Hóa đưa lao động đi làm việc ở nước ngoài")
    assert figures(r) == {("province/vn-38", "workers_abroad", Decimal("41000")),
                        ("province/vn-38", "remittances", Decimal("180000000")),
                        ("province/vn-38", "workers_abroad", Decimal("9300"))}


def test_facts_indicators_an_incident_s_toll_is_no_level(extract_text):
    r = extract_text("Tỉnh Hà Tĩnh cho biết 17 lao động đi lao động chui sang Hàn Quốc không may bị chìm tàu, chết và "
                     "mất tích.", title="Lao động Hà Tĩnh gặp nạn")
    assert figures(r) == set()


def test_facts_indicators_ngo_programmes_and_international_visits(extract_text):
    r = extract_text("Theo Sở Ngoại vụ tỉnh Quảng Bình, năm 2023 có 24 tổ chức phi chính phủ nước ngoài (PCPNN) triển khai "
                     "47 chương trình, dự án trên địa bàn tỉnh. Năm 2023, tỉnh Quảng Bình đón 1,2 triệu lượt khách quốc tế.",
                     title="Quảng Bình tổng kết đối ngoại", date="2024-01-10")
    assert figures(r) >= {("province/vn-44", "ngo_projects", Decimal("47")),
                          ("province/vn-44", "foreign_visitors", Decimal("1200000"))}


def test_facts_indicators_members_of_official_delegations_are_no_visitors(extract_text):
    r = extract_text("Năm 2023, tỉnh Hà Tĩnh đón tiếp 12 đoàn với 112 lượt khách quốc tế đến làm việc.",
                     title="Hà Tĩnh tổng kết đối ngoại", date="2024-01-10")
    assert not [f for f in figures(r) if f[1] == "foreign_visitors"]


def test_facts_indicators_a_bare_tinh_with_its_verb_scopes_the_figure(extract_text):
    text = ("Năm 2025, tỉnh Hà Tĩnh tiếp tục hợp tác với tỉnh Khăm Muồn (Lào).\n\nCông tác vận động viện trợ phi chính "
            "phủ nước ngoài đạt kết quả khả quan. Năm 2025, tỉnh vận động được 47 chương trình, dự án phi chính phủ nước "
            "ngoài với tổng giá trị giải ngân khoảng 3,8 triệu USD.")
    r = extract_text(text, title="Hà Tĩnh đối ngoại", date="2026-01-12")
    assert {(i.scope, i.indicator_type, int(i.value)) for i in r.indicators} == {
        ("province/vn-42", "ngo_projects", 47), ("province/vn-42", "ngo_aid", 3800000)}
    # "các tỉnh vận động ..." are provinces in general, not the article's
    many = extract_text(text.replace("tỉnh vận động", "các tỉnh vận động"), title="Hà Tĩnh đối ngoại", date="2026-01-12")
    assert many.indicators == ()


def test_facts_indicators_trade_between_viet_nam_and_a_country_is_the_nation_s(extract_text):
    r = extract_text("Chiều 5/9, Chủ tịch UBND tỉnh Ninh Bình tiếp Đại sứ Hàn Quốc. Đại sứ cho biết kim ngạch thương mại Việt Nam "
                     "– Hàn Quốc năm 2024 đạt 86,4 tỷ USD; các địa phương như Ninh Bình đóng vai trò quan trọng.",
                     title="Ninh Bình tiếp Đại sứ Hàn Quốc", date="2025-09-06")
    assert [(i.scope, i.indicator_type, int(i.value)) for i in r.indicators] == [("country/vn", "trade_value", 86400000000)]
