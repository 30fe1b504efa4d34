"""Names that are part of something else: an institution, a road, a language. Short texts written for these tests."""

from conftest import pairs


def test_recognise_place_inside_an_institution_name_is_no_partner(extract_text):
    # Seoul names the university, not the city; Hà Nội names the university, not the city's authorities
    r = extract_text(
        "Viện nghiên cứu năng lượng Seoul phối hợp với Trường Đại học Quốc gia Hà Nội tổ chức hội thảo tại tỉnh Thái Nguyên.",
        title="Hội thảo về năng lượng sạch",
    )
    assert pairs(r) == set()


def test_recognise_hotel_named_like_a_firm_is_a_venue(extract_text):
    r = extract_text(
        "Hội thảo do UBND thành phố Hà Nội phối hợp tổ chức tại Khách sạn Hilton Hà Nội.",
        title="Hà Nội tổ chức hội thảo về công trình xanh",
    )
    assert pairs(r) == set()


def test_recognise_province_at_either_end_of_a_route_does_not_act(extract_text):
    r = extract_text(
        "Nhật Bản xem xét cho vay vốn để xây dựng đường cao tốc Hà Nội – Viêng Chăn, "
        "còn WB tài trợ đoạn cao tốc Đà Nẵng- Quảng Ngãi.",
        title="Vốn vay cho các tuyến cao tốc",
    )
    assert pairs(r) == set()


def test_recognise_language_and_nearby_city_are_no_partners(extract_text):
    r = extract_text(
        "Thành phố Hà Nội hợp tác với Tập đoàn AEON mở tuần hàng tại siêu thị gần Tokyo; "
        "hướng dẫn viên của thành phố trao đổi bằng chữ Nga với du khách.",
        title="Hà Nội quảng bá hàng Việt",
    )
    assert pairs(r) == {("province/vn-01", "company/aeon")}


def test_recognise_firm_named_contest_is_an_event(extract_text):
    # "Intel ISEF 2017" is a contest, not the firm
    r = extract_text(
        "Trong số các giải mà Ban Tổ chức (Intel ISEF 2017) trao tặng, em Huy, học sinh Trường THPT thị xã Quảng Trị, "
        "tỉnh Quảng Trị đoạt giải 3.",
        title="Quảng Trị có học sinh đoạt giải quốc tế",
    )
    assert pairs(r) == set()


def test_recognise_consul_general_with_kingdom_and_lower_case_consulate(extract_text):
    r = extract_text(
        "Ngày 29/6, UBND TP.HCM tiếp ông Im Heng, Tổng lãnh sự Vương quốc Campuchia tại TP.HCM. "
        "Chủ tịch UBND TP.HCM cũng làm việc với Tổng lãnh sự quán Nhật Bản tại TP.HCM.",
        title="TP.HCM tiếp khách quốc tế",
    )
    assert pairs(r) == {("province/vn-79", "mission/kh-consulate"), ("province/vn-79", "mission/jp-consulate")}


def test_recognise_bare_capital_beside_a_foreign_capital_is_the_state(extract_text):
    # "Washington và Hà Nội" are the two governments; the city of Hà Nội does not act
    r = extract_text(
        "Đà xích gần của Washington và Hà Nội trong hợp tác quân sự không làm thay đổi quan hệ với Trung Quốc.",
        title="Quan hệ Việt - Mỹ",
    )
    assert pairs(r) == set()
    r = extract_text(
        "UBND thành phố Hà Nội và thủ đô Bangkok ký kết thỏa thuận hợp tác hữu nghị.",
        title="Hà Nội và Bangkok ký thỏa thuận",
    )
    assert pairs(r) == {("province/vn-01", "place/th-10")}


def test_recognise_province_as_a_port_address_does_not_act(extract_text):
    r = extract_text(
        "Chiều 20-5, Cảng quốc tế Cam Ranh, tỉnh Khánh Hòa đã đón 2 tàu của Nhật Bản và 1 tàu của Mỹ.",
        title="Tàu nước ngoài thăm Cam Ranh",
    )
    assert pairs(r) == set()


def test_recognise_commune_named_like_a_chinese_region(extract_text):
    # "Tân Cương" is Xinjiang, but this article also writes "xã Tân Cương": it is the tea commune throughout
    r = extract_text(
        "Lễ hội trà diễn ra tại xã Tân Cương, thành phố Thái Nguyên.\n\n"
        "UBND tỉnh Thái Nguyên hỗ trợ vùng chè đặc sản Tân Cương quảng bá sản phẩm.",
        title="Thái Nguyên quảng bá chè",
    )
    assert pairs(r) == set()


def test_recognise_named_province_after_tinh_is_not_the_article_province(extract_text):
    # a national meeting held in Hà Nội; "tại tỉnh Quảng Ninh" names another province, so the paragraph does not
    # become Hà Nội's and the ASEAN partners listed later are nobody's
    r = extract_text(
        "Theo quyết định của Bộ trưởng Bộ Khoa học và Công nghệ, Cục Sở hữu trí tuệ sẽ đăng cai cuộc họp tại Hà Nội "
        "và Quảng Ninh. Khảo sát chỉ dẫn địa lý tại tỉnh Quảng Ninh. Các hoạt động bao gồm: trao đổi thông tin; "
        "tăng cường mối quan hệ với các đối tác như Trung Quốc, Nhật Bản.",
        title="Hà Nội đón cuộc họp ASEAN",
    )
    assert pairs(r) == set()


def test_recognise_country_after_a_firm_and_cua_is_its_home(extract_text):
    r = extract_text(
        "Tập đoàn Hyosung của Hàn Quốc đã ký biên bản ghi nhớ với UBND tỉnh Bà Rịa - Vũng Tàu về nhà máy hóa chất.",
        title="Hyosung xây nhà máy tại Bà Rịa - Vũng Tàu",
    )
    assert pairs(r) == {("province/vn-77", "company/hyosung")}


def test_recognise_organiser_of_a_contest_abroad_is_no_partner(extract_text):
    r = extract_text(
        "Ngày 29.5, Sở GD-ĐT tỉnh Quảng Trị đã tổ chức lễ tuyên dương em Huy, cậu học trò vừa đạt giải 3 cuộc thi "
        "khoa học kỹ thuật quốc tế do Intel (Intel ISEF) tổ chức tại Mỹ.",
        title="Quảng Trị tuyên dương học sinh đoạt giải quốc tế",
    )
    assert pairs(r) == set()


def test_recognise_places_a_province_named_after_a_foreign_locality_it_shares_a_name_with(extract_text):
    # "Vân Nam, Hà Nam": China's Henan, listed with Yunnan; "Viêng Chăn, Hà Nội" keeps Hà Nội, which no foreign
    # locality is named
    r = extract_text("Các nhóm cứu trợ giải cứu nạn nhân ở khu vực Vân Nam, Hà Nam cũng như phía Bắc Trung Quốc.",
                     title="Nạn buôn người")
    assert r.subject is None
    city = extract_text("UBND TP Hà Nội hợp tác với các thành phố Viêng Chăn, Hà Nội và Phnôm Pênh.", title="Hợp tác")
    assert ("province/vn-01", "place/la-vt") in {(p.province, p.partner) for p in city.partnerships}


def test_recognise_places_a_foreign_city_in_a_school_s_name_is_no_partner(extract_text):
    r = extract_text("Sáng 6/6, Sở GD&ĐT Hà Nội tổ chức hội nghị tuyển sinh tại trường THPT chuyên Hà Nội - Amsterdam.",
                     title="Hà Nội tuyển sinh lớp 10")
    assert r.partnerships == ()


def test_recognise_places_where_a_line_is_extended_to_is_no_actor(extract_text):
    r = extract_text("UBND TP.HCM đã báo cáo tiến độ dự án. Ông Minh Quang cho biết Cơ quan Hợp tác quốc tế Nhật Bản (JICA) "
                     "đã cam kết tài trợ khoảng 100 triệu USD để đầu tư kéo dài tuyến metro số 1 đến Bình Dương, Đồng Nai.",
                     title="TP.HCM đẩy nhanh tiến độ metro số 1")
    assert {(p.province, p.partner) for p in r.partnerships} == {("province/vn-79", "org/jica")}
    visit = extract_text("Đoàn công tác của JICA đã đến Bình Dương làm việc với UBND tỉnh.", title="JICA làm việc tại Bình Dương")
    assert {(p.province, p.partner) for p in visit.partnerships} == {("province/vn-74", "org/jica")}


def test_recognise_places_a_province_opening_its_clause_after_an_address_with_a_partner(extract_text):
    r = extract_text("Ngày 25/1, tại TP Thanh Hóa, tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào) đã ký kết thỏa thuận hợp tác giai "
                     "đoạn 2025-2030.", title="Hợp tác Việt - Lào", date="2025-01-26")
    assert {(p.province, p.partner) for p in r.partnerships} == {("province/vn-38", "place/la-ho")}
    assert {(a.status, a.period, a.date) for a in r.agreements} == {("signed", (2025, 2030), "2025-01-25")}


def test_recognise_places_an_unknown_county_located_by_a_known_foreign_province(extract_text):
    r = extract_text("Sáng 24/11, UBND tỉnh Thái Bình và chính quyền huyện Goesan, tỉnh Chungcheongbuk (Hàn Quốc) đã ký Bản ghi "
                     "nhớ hợp tác về lao động thời vụ.", title="Thái Bình hợp tác với Goesan", date="2024-11-25")
    assert {p for _a, p in {(x.province, x.partner) for x in r.partnerships}} == {"place/kr-goesan"}
    [county] = [e for e in r.new_entities if e.key == "place/kr-goesan"]
    assert county.country == "KR"


def test_recognise_places_a_continent_after_chau_is_no_prefecture(extract_text):
    r = extract_text("UBND thành phố Hải Phòng đối thoại với doanh nghiệp châu Âu, Hàn Quốc về môi trường đầu tư.",
                     title="Hải Phòng đối thoại với doanh nghiệp", date="2024-10-16")
    assert not [e for e in r.new_entities if e.key.startswith("place/")]


def test_recognise_places_an_address_keeps_its_province_as_the_partner(extract_text):
    r = extract_text("Tỉnh Quảng Trị đã bàn giao Trường Hữu nghị tại huyện Xê-pôn, tỉnh Sa-van-na-khệt (Lào).",
                     title="Quảng Trị bàn giao trường học", date="2024-10-10")
    assert {x.partner for x in r.partnerships} == {"place/la-sv"}


def test_recognise_places_an_unknown_city_located_in_brackets_or_by_thuoc(extract_text):
    # the known region only says where the city is: the city is the partner, with the region's country
    cases = {"huyện Boeun (tỉnh Chungcheongbuk-do, Hàn Quốc)": "place/kr-boeun",
             "thành phố Regina (tỉnh bang Saskatchewan)": "place/ca-regina",
             "thành phố Geelong (bang Victoria, Úc)": "place/au-geelong",
             "thành phố Geelong, bang Victoria": "place/au-geelong"}
    for named, key in cases.items():
        r = extract_text(f"Năm 2024, UBND tỉnh Đồng Nai đã ký biên bản ghi nhớ hợp tác với {named}.", date="2024-12-01")
        assert {x.partner for x in r.partnerships} - {"country/kr", "country/au"} == {key}, named
        assert [e.country for e in r.new_entities if e.key == key] == [key[6:8].upper()]
    within = extract_text("UBND tỉnh Thừa Thiên Huế ký thỏa thuận hợp tác với thành phố Saumur thuộc vùng Pays de la Loire.",
                          date="2023-09-25")
    assert {x.partner for x in within.partnerships} == {"place/fr-saumur"}


def test_recognise_places_a_unit_named_in_plain_latin_in_a_sentence_of_one_foreign_country(extract_text):
    r = extract_text("Trong chuyến công tác tại Hàn Quốc, đoàn của tỉnh Phú Thọ đã ký lại biên bản ghi nhớ với huyện "
                     "Hongcheon vào ngày 15/1 và với huyện Yanggu vào ngày 16/1.", date="2026-01-20")
    assert {x.partner for x in r.partnerships} >= {"place/kr-hongcheon", "place/kr-yanggu"}
    # a Vietnamese district, marked or a highland name beside no foreign country, is no foreign unit
    for text in ("Đoàn chuyên gia Đức đã đến thăm huyện Nhà Bè của Thành phố Hồ Chí Minh.",
                 "Tỉnh Đắk Lắk ký thỏa thuận với huyện Krong Pac về trồng cà phê."):
        assert not [e for e in extract_text(text).new_entities if e.key.startswith("place/")], text


def test_recognise_places_a_region_in_a_list_of_localities_is_an_item_not_a_locator(extract_text):
    r = extract_text("TP Đà Nẵng đã thiết lập quan hệ hợp tác với nhiều địa phương Nhật Bản như TP Sakai, tỉnh Kochi, tỉnh "
                     "Shizuoka.", date="2025-12-01")
    assert {x.partner for x in r.partnerships} == {"place/jp-sakai", "place/jp-39", "place/jp-22"}
