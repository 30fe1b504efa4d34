"""Events: per province and day its meeting and the acts beside it, only where the province has a foreign partner."""


def test_facts_event_needs_a_foreign_partner(extract_text):
    r = extract_text("Sáng 6/1, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác năm 2024.", date="2025-01-07")
    assert r.events == ()


def test_facts_event_press_date_with_hyphen(extract_text):
    r = extract_text("Chiều 8-5, Chủ tịch UBND tỉnh Quảng Nam đã tiếp Đại sứ Nhật Bản tại Việt Nam.", date="2024-05-09")
    [ev] = r.events
    assert (ev.province, ev.kind, ev.date, ev.participants) == ("province/vn-49", "reception", "2024-05-08", ("mission/jp-embassy",))


def test_facts_event_relative_date_from_publication(extract_text):
    r = extract_text("Chiều qua, lãnh đạo tỉnh Bình Định đã tiếp Đại sứ quán Hàn Quốc tại Việt Nam.", date="2024-03-13")
    assert [(e.date, e.date_inferred) for e in r.events] == [("2024-03-12", True)]


def test_facts_event_a_signing_at_the_day_s_reception_is_an_event_beside_it(extract_text):
    text = ("Sáng 12/3, lãnh đạo tỉnh Quảng Trị tiếp đoàn đại biểu tỉnh Savannakhet (Lào). "
            "Tại buổi tiếp, hai bên ký kết biên bản ghi nhớ hợp tác giai đoạn 2024-2028.")
    r = extract_text(text, date="2024-03-13")
    # the undated sentence of the same paragraph names the same day: the reception, and the signing beside it
    assert {(e.province, e.date, e.kind, e.participants) for e in r.events} == {
        ("province/vn-45", "2024-03-12", "reception", ("place/la-sv",)),
        ("province/vn-45", "2024-03-12", "signing", ("place/la-sv",))}


def test_facts_event_talks_and_signing_in_one_sentence(extract_text):
    r = extract_text("Chiều 15/12, UBND tỉnh Điện Biên và tỉnh Phông Xa Lỳ (Lào) tổ chức hội đàm thường niên năm 2025, "
                     "đồng thời ký kết Biên bản thỏa thuận hợp tác giai đoạn 2026–2030.", date="2025-12-16")
    assert sorted((e.date, e.kind) for e in r.events) == [("2025-12-15", "signing"), ("2025-12-15", "talks")]


def test_facts_event_an_older_signing_recalled_at_a_meeting_is_not_that_day_s(extract_text):
    r = extract_text("Sáng 12/3, lãnh đạo tỉnh Quảng Trị tiếp đoàn tỉnh Savannakhet (Lào). Hai bên đánh giá cao biên bản "
                     "ghi nhớ đã ký kết năm 2019.", date="2024-03-13")
    assert [(e.date, e.kind) for e in r.events] == [("2024-03-12", "reception")]


def test_facts_event_an_award_at_the_day_s_conference(extract_text):
    r = extract_text("Sáng 23/1, UBND tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác viện trợ với Tổ chức PeaceTrees "
                     "Vietnam (Hoa Kỳ). Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho Tổ chức PeaceTrees Vietnam.",
                     date="2024-01-24")
    assert sorted((e.date, e.kind) for e in r.events) == [("2024-01-23", "award"), ("2024-01-23", "conference")]


def test_facts_event_long_past_date_is_history(extract_text):
    r = extract_text("Ngày 6/6/2007, lãnh đạo tỉnh Nghệ An đã tiếp đoàn đại biểu tỉnh Ulyanovsk (Nga).", date="2024-06-07")
    assert r.events == ()


def test_facts_event_same_day_as_the_day_named_before(extract_text):
    text = ("Ngày 10-2, tại Hà Nội, Thủ tướng chủ trì hội nghị tổng kết công tác năm 2016. "
            "Cùng ngày, tại Lào Cai đã diễn ra hội đàm giữa Bí thư Tỉnh ủy Lào Cai và Bí thư Tỉnh ủy tỉnh Vân Nam (Trung Quốc).")
    r = extract_text(text, date="2017-02-11")
    assert [(e.province, e.date) for e in r.events] == [("province/vn-10", "2017-02-10")]


def test_facts_event_a_visit_to_a_place_abroad_over_a_range_of_days(extract_text):
    r = extract_text("Đoàn công tác tỉnh Bắc Ninh do Chủ tịch UBND tỉnh dẫn đầu đã có chuyến thăm và làm việc tại tỉnh "
                     "Gyeonggi (Hàn Quốc) từ ngày 10 đến 15/6.", title="Bắc Ninh xúc tiến đầu tư tại Hàn Quốc",
                     date="2024-06-16")
    assert [(e.province, e.kind, e.date, e.place) for e in r.events] == [
        ("province/vn-27", "delegation_abroad", "2024-06-10", "place/kr-41")]


def test_facts_event_receiving_aid_is_a_handover_not_a_reception(extract_text):
    r = extract_text("Tối 2/9, UBND tỉnh Cà Mau đã tiếp nhận 100 căn nhà chống bão do UNDP hỗ trợ.",
                     title="Cà Mau tiếp nhận hỗ trợ của UNDP", date="2024-09-03")
    assert [(e.province, e.kind, e.date) for e in r.events] == [("province/vn-96", "aid_handover", "2024-09-02")]


def test_facts_event_announcing_an_investment_decision_and_a_working_trip_abroad(extract_text):
    r = extract_text("Ngày 14/12, UBND tỉnh Bình Dương tổ chức Lễ công bố Quyết định chủ trương đầu tư cho dự án nhà máy "
                     "của Tập đoàn LEGO (Đan Mạch).", title="Bình Dương đón dự án LEGO", date="2024-12-15")
    assert [(e.province, e.kind, e.date) for e in r.events] == [("province/vn-74", "trade_promotion", "2024-12-14")]
    trip = extract_text("Đoàn công tác của tỉnh Thái Bình do Chủ tịch UBND tỉnh dẫn đầu đã có chuyến công tác tại Nhật Bản "
                        "từ ngày 2 đến 8/10.", title="Thái Bình xúc tiến đầu tư tại Nhật Bản", date="2024-10-09")
    assert [(e.province, e.kind, e.date) for e in trip.events] == [("province/vn-34", "delegation_abroad", "2024-10-02")]


def test_facts_event_a_month_after_the_article_s_year_is_a_plan(extract_text):
    r = extract_text("UBND tỉnh Quảng Nam tiếp nhận viện trợ của KOICA; công trình sẽ bàn giao vào tháng 3/2019.",
                     date="2017-06-20")
    assert r.events == ()


def test_facts_event_a_reception_of_a_representative_and_a_part_of_the_same_day(extract_text):
    r = extract_text("Sáng 19/8, Chủ tịch UBND tỉnh Khánh Hòa tiếp Trưởng đại diện Văn phòng JICA tại Việt Nam. "
                     "Chiều cùng ngày, lãnh đạo tỉnh Khánh Hòa hội đàm với Đại sứ Hàn Quốc.", date="2025-08-22")
    # "cùng ngày" is the day named before; another kind of meeting with another partner is another event
    assert {(e.province, e.kind, e.date, e.participants) for e in r.events} == {
        ("province/vn-56-2025", "reception", "2025-08-19", ("org/jica",)),
        ("province/vn-56-2025", "talks", "2025-08-19", ("mission/kr-embassy",))}


def test_facts_event_a_paragraph_that_opens_at_the_day_s_event(extract_text):
    text = ("Sáng 23/1, UBND tỉnh Quảng Trị tổ chức hội nghị tổng kết viện trợ với Tổ chức PeaceTrees Vietnam (Hoa Kỳ).\n\n"
            "Tại hội nghị, UBND tỉnh và Tổ chức Tầm nhìn Thế giới (World Vision) đã ký thỏa thuận hợp tác giai đoạn "
            "2024-2026.")
    r = extract_text(text, title="Quảng Trị tổng kết viện trợ", date="2024-01-24")
    assert sorted((e.date, e.kind) for e in r.events) == [("2024-01-23", "conference"), ("2024-01-23", "signing")]
    # a paragraph that does not open at the event is not that day's
    later = extract_text(text.replace("Tại hội nghị, UBND", "Năm nay, UBND"), title="Quảng Trị", date="2024-01-24")
    assert [(e.date, e.kind) for e in later.events] == [("2024-01-23", "conference")]


def test_facts_event_signing_and_gift_at_the_end_of_the_talks_name_no_side(extract_text):
    text = ("Chiều 14/3, đoàn đại biểu tỉnh Điện Biên và đoàn đại biểu tỉnh Luông Pha Băng (Lào) đã tổ chức hội đàm "
            "thường niên.\n\nKết thúc hội đàm, đồng chí Quàng Văn Hặc và đồng chí Khăm-phon Vông-xa-lạt đã ký Biên bản "
            "hội đàm năm 2023. Nhân dịp này, tỉnh Điện Biên trao tặng Trường tiểu học bản Pắc Xeng 500 triệu đồng.")
    r = extract_text(text, title="Điện Biên hội đàm với Luông Pha Băng", date="2023-03-15")
    assert sorted((e.date, e.kind, e.participants) for e in r.events) == [
        ("2023-03-14", "aid_handover", ("place/la-lp",)), ("2023-03-14", "signing", ("place/la-lp",)),
        ("2023-03-14", "talks", ("place/la-lp",))]
    # support promised is no gift handed over
    promised = extract_text(text.replace("trao tặng Trường tiểu học bản Pắc Xeng 500 triệu đồng",
                                         "sẽ tiếp tục hỗ trợ tỉnh bạn"), date="2023-03-15")
    assert "aid_handover" not in {e.kind for e in promised.events}


def test_facts_event_another_partner_received_on_the_same_day_is_another_event(extract_text):
    text = ("Chiều 14/3, UBND tỉnh Điện Biên hội đàm với tỉnh Luông Pha Băng (Lào). Cũng trong chiều 14/3, Phó Chủ tịch "
            "UBND tỉnh Điện Biên đã tiếp đoàn công tác tỉnh Phông Xa Lỳ (Lào).")
    r = extract_text(text, date="2023-03-15")
    assert sorted((e.kind, e.participants) for e in r.events) == [("reception", ("place/la-ph",)),
                                                                  ("talks", ("place/la-lp",))]


def test_facts_event_the_day_a_merger_runs_from_is_no_event(extract_text):
    r = extract_text("Đây là lần đầu lãnh đạo tỉnh Quảng Trị hội đàm với tỉnh Khăm Muồn (Lào) sau khi hai tỉnh hợp nhất từ "
                     "ngày 1-7-2025.", date="2025-11-23")
    assert r.events == ()


def test_facts_event_an_earlier_signing_with_the_partner_keeps_its_month(extract_text):
    r = extract_text("Chương trình bắt đầu từ tháng 6/2022, khi UBND tỉnh Hòa Bình và chính quyền huyện Boeun (tỉnh "
                     "Chungcheongbuk-do, Hàn Quốc) ký biên bản ghi nhớ hợp tác về tiếp nhận lao động thời vụ.",
                     date="2024-07-20")
    assert [(e.kind, e.date) for e in r.events] == [("signing", "2022-06")]
    # an earlier month with no signing is a plan or history, not this article's event
    recalled = extract_text("Tháng 6/2022, lãnh đạo tỉnh Hòa Bình đã tiếp đoàn công tác huyện Boeun (tỉnh Chungcheongbuk-do, "
                            "Hàn Quốc).", date="2024-07-20")
    assert recalled.events == ()


def test_facts_event_the_year_of_a_replaced_document_is_not_the_day_s(extract_text):
    r = extract_text("Sáng 20/8, UBND tỉnh Lâm Đồng và chính quyền huyện Yeongdeok, tỉnh Gyeongsangbuk-do (Hàn Quốc) đã ký "
                     "kết biên bản ghi nhớ hợp tác giai đoạn 2025-2028, thay thế văn bản mà tỉnh Bình Thuận (cũ) đã ký năm "
                     "2023.", date="2025-08-21")
    assert [(e.kind, e.date) for e in r.events] == [("signing", "2025-08-20")]
