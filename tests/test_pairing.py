"""Pairing provinces with partners: short texts written for these tests, one construction each."""

from conftest import pairs


def test_pairing_cross_product_is_not_made(extract_text):
    # two provinces and two foreign places in one sentence: each province is joined to its own partner only
    r = extract_text(
        "Tỉnh Quảng Trị ký kết biên bản ghi nhớ với tỉnh Savannakhet (Lào), còn tỉnh Nghệ An "
        "ký kết thỏa thuận hợp tác với tỉnh Hủa Phăn (Lào).",
        title="Quảng Trị và Nghệ An mở rộng hợp tác",
    )
    assert pairs(r) == {("province/vn-45", "place/la-sv"), ("province/vn-40", "place/la-ho")}


def test_pairing_needs_the_relation_word_between_them(extract_text):
    r = extract_text(
        "Đà Nẵng có nhiều bãi biển đẹp và được nhiều người biết đến, Nhật Bản cũng vậy.",
        title="Đà Nẵng mùa du lịch",
    )
    assert pairs(r) == set()


def test_pairing_zero_subject_clause_goes_on_with_the_actor(extract_text):
    r = extract_text(
        "Tỉnh Thanh Hóa thắt chặt quan hệ hữu nghị với tỉnh Hủa Phăn (Lào); "
        "đồng thời mở rộng hợp tác với thành phố Seongnam, Hàn Quốc.",
        title="Thanh Hóa mở rộng hợp tác quốc tế",
    )
    assert pairs(r) == {("province/vn-38", "place/la-ho"), ("province/vn-38", "place/kr-seongnam")}


def test_pairing_list_after_nhu_goes_across_semicolons(extract_text):
    r = extract_text(
        "Tỉnh Thừa Thiên Huế đã có quan hệ hợp tác với nhiều địa phương như: các tỉnh Gifu, Kyoto (Nhật Bản); "
        "thành phố Gyeongju (Hàn Quốc); Triết Giang (Trung Quốc).",
        title="Thừa Thiên Huế mở rộng quan hệ đối ngoại",
    )
    assert pairs(r) == {
        ("province/vn-46", "place/jp-21"), ("province/vn-46", "place/jp-26"),
        ("province/vn-46", "place/kr-gyeongju"), ("province/vn-46", "place/cn-zj"),
    }


def test_pairing_coordinated_signatories_after_giua(extract_text):
    r = extract_text(
        "Thỏa thuận hợp tác đã được ký kết giữa UBND tỉnh Bình Dương, Tập đoàn Becamex và Tập đoàn Sembcorp (Singapore).",
        title="Bình Dương ký kết hợp tác",
    )
    assert pairs(r) == {("province/vn-74", "company/sembcorp")}


def test_pairing_funded_venue_is_a_partner(extract_text):
    r = extract_text("Ngân hàng Thế giới tài trợ 50 triệu USD cho dự án nâng cấp đô thị tại Lào Cai.",
                     title="Ngân hàng Thế giới tài trợ cho Lào Cai")
    assert pairs(r) == {("province/vn-10", "org/wb")}
    # a province that is only where something happens is no partner
    r = extract_text("Đội tuyển Hàn Quốc tập luyện tại Đà Nẵng trong một tuần.", title="Bóng đá")
    assert pairs(r) == set()


def test_pairing_foreign_leader_title_is_not_the_nation(extract_text):
    r = extract_text(
        "Sáng 21/6, Bí thư Tỉnh ủy Bình Phước đón tiếp Thủ tướng Campuchia Hun Sen đến thăm tỉnh.",
        title="Bình Phước đón Thủ tướng Campuchia",
    )
    assert pairs(r) == {("province/vn-70", "country/kh")}


def test_pairing_nation_between_blocks_the_province(extract_text):
    r = extract_text(
        "Chủ tịch nước hội đàm với Tổng thống Hàn Quốc tại Hà Nội; Thủ tướng Chính phủ tiếp Đại sứ Nhật Bản tại Hà Nội.",
        title="Hoạt động đối ngoại của lãnh đạo Nhà nước",
    )
    assert pairs(r) == set()


def test_pairing_crime_news_gives_no_link(extract_text):
    r = extract_text(
        "Bộ đội Biên phòng tỉnh Hà Tĩnh phối hợp với công an tỉnh Bô-ly-khăm-xay (Lào) bắt giữ đối tượng "
        "vận chuyển 2 bánh heroin.",
        title="Hà Tĩnh bắt vụ vận chuyển ma túy",
    )
    assert pairs(r) == set()


def test_pairing_person_and_foreign_namesakes_are_not_provinces(extract_text):
    r = extract_text("Ủy ban đoàn kết bang Tây Bengal (Ấn Độ) tổ chức kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.",
                     title="Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh tại Ấn Độ")
    assert not any(k.startswith("province/") for k in r.entities)
    r = extract_text("Một người dân ở thành phố Trịnh Châu, tỉnh Hà Nam (Trung Quốc) giúp đỡ người ăn xin.",
                     title="Chuyện cảm động ở Trung Quốc")
    assert "province/vn-35" not in r.entities and pairs(r) == set()


def test_pairing_foreign_firm_behind_a_legal_form(extract_text):
    r = extract_text("UBND tỉnh Quảng Ngãi tiếp và làm việc với Công ty TNHH Kimin Power (Anh) về dự án điện mặt trời.",
                     title="Quảng Ngãi thu hút đầu tư điện mặt trời")
    assert pairs(r) == {("province/vn-51", "company/kimin-power")}
    [firm] = [e for e in r.new_entities if e.key == "company/kimin-power"]
    assert (firm.label, firm.country) == ("Kimin Power", "GB")


def test_pairing_story_with_no_foreign_side_in_its_title_or_lead_needs_the_authorities(extract_text):
    lead = "Học viện công bố chỉ tiêu tuyển sinh năm nay.\n\n"
    sentence = "Học viện và TP.HCM hợp tác với Tập đoàn Samsung (Hàn Quốc) trong đào tạo nhân lực."
    # an enrolment notice: a bare place name beside a foreign firm is no partnership ...
    assert pairs(extract_text(lead + sentence, title="Học viện công bố chỉ tiêu năm học mới")) == set()
    # ... unless the city's authorities act
    r = extract_text(lead + sentence.replace("TP.HCM", "UBND TP.HCM"), title="Học viện công bố chỉ tiêu năm học mới")
    assert pairs(r) == {("province/vn-79", "company/samsung")}
    # the same sentence in a story whose title speaks of cooperation counts as it is
    assert pairs(extract_text(sentence, title="Hợp tác đào tạo nhân lực")) == {("province/vn-79", "company/samsung")}


def test_pairing_leader_named_earlier_acts_for_his_province(extract_text):
    body = ("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng Trị, cho biết tỉnh sẽ cải thiện môi trường đầu tư.\n\n"
            "Trong chuyến công tác vừa qua, ông An đã làm việc với lãnh đạo tỉnh Savannakhet (Lào).")
    r = extract_text(body, title="Quảng Trị thu hút đầu tư")
    assert pairs(r) == {("province/vn-45", "place/la-sv")}
    # a leader who only quotes someone does not act
    r = extract_text(body.split("\n\n")[0] + "\n\n“Nhật Bản muốn đầu tư nhiều hơn” – ông An nói.",
                     title="Quảng Trị thu hút đầu tư")
    assert pairs(r) == set()


def test_pairing_provinces_listed_together_act_together(extract_text):
    r = extract_text(
        "Tại Quảng Ninh đã diễn ra hội đàm giữa Bí thư Tỉnh ủy 3 tỉnh Quảng Ninh, Lạng Sơn, Cao Bằng và "
        "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc).",
        title="Hội đàm đầu xuân với Quảng Tây",
    )
    assert pairs(r) == {("province/vn-22", "place/cn-gx"), ("province/vn-20", "place/cn-gx"),
                        ("province/vn-04", "place/cn-gx")}


def test_pairing_funded_by_the_partner(extract_text):
    r = extract_text(
        "Phó Chủ tịch UBND TP Đà Nẵng vừa phê duyệt tiếp nhận chương trình bảo tồn do tổ chức "
        "Green Earth Foundation tài trợ.",
        title="Đà Nẵng tiếp nhận chương trình bảo tồn",
    )
    assert pairs(r) == {("province/vn-48", "org/green-earth-foundation")}


def test_pairing_investor_opening_a_clause_of_a_provincial_story(extract_text):
    body = ("Tỉnh Quảng Ngãi thu hút nhiều dự án năng lượng. "
            "Cụ thể, Công ty TNHH Sunrise Power của Vương quốc Anh muốn đầu tư nhà máy điện mặt trời 150 MW.")
    assert pairs(extract_text(body, title="Quảng Ngãi thu hút đầu tư")) == {("province/vn-51", "company/sunrise-power")}


def test_pairing_incident_stories_give_no_link(extract_text):
    body = "Công an tỉnh Thanh Hóa phối hợp với lực lượng chức năng nước bạn Lào điều tra, làm rõ."
    assert pairs(extract_text(body, title="Bắt giữ đối tượng người Lào tại Thanh Hóa")) == set()
    assert pairs(extract_text(body, title="Thanh Hóa hợp tác với Lào")) == {("province/vn-38", "country/la")}


def test_pairing_country_inside_an_event_title_is_no_partner(extract_text):
    r = extract_text("UBND TP.HCM phối hợp tổ chức chương trình “Gặp gỡ Hoa Kỳ” cho doanh nghiệp thành phố.",
                     title="TP.HCM tổ chức chương trình xúc tiến thương mại")
    assert pairs(r) == set()


def test_pairing_parent_body_named_in_brackets_is_no_partner(extract_text):
    # WMO is whom the Vietnamese firm represents; the department works with the firm
    r = extract_text(
        "Sở Giáo dục và Đào tạo TP.HCM phối hợp Công ty EMG Education (đơn vị đại diện tại Việt Nam của "
        "Hiệp hội Olympiad Toán học Thế giới - WMO) tổ chức cuộc thi toán.",
        title="TP.HCM tổ chức cuộc thi toán",
    )
    assert pairs(r) == set()


def test_pairing_description_in_brackets_is_not_the_venue_verb(extract_text):
    # IFC organises a launch in the city; "hỗ trợ" only says what IFC does
    r = extract_text(
        "Lễ ra mắt dự án vừa được IFC (thành viên của Nhóm Ngân hàng Thế giới, chuyên hỗ trợ khu vực tư nhân) "
        "tổ chức tại TP HCM ngày 1/7.",
        title="Ra mắt dự án an toàn thực phẩm",
    )
    assert pairs(r) == set()


def test_pairing_national_customs_branch_is_not_the_province(extract_text):
    r = extract_text(
        "Chương trình được triển khai tại Cục Hải quan thành phố Hải Phòng do Chính phủ Canada tài trợ "
        "và Cục Hải quan tỉnh Bà Rịa – Vũng Tàu do Chính phủ Australia tài trợ.",
        title="Hải quan kiểm soát container",
    )
    assert pairs(r) == set()


def test_pairing_lender_named_in_brackets_stays(extract_text):
    r = extract_text(
        "UBND TP Hà Nội xây dựng đoạn Nhổn – ga Hà Nội (vốn vay của Pháp) và đang đàm phán thêm vốn ODA.",
        title="Hà Nội vay vốn làm đường sắt đô thị",
    )
    assert pairs(r) == {("province/vn-01", "country/fr")}


def test_pairing_licensed_firms_listed_after_bao_gom(extract_text):
    r = extract_text(
        "Dịp này, UBND tỉnh Bà Rịa - Vũng Tàu trao Giấy chứng nhận đầu tư cho 3 dự án, bao gồm: Công ty TNHH Gỗ Minh "
        "với dự án đồ gỗ tại huyện Tân Thành; Công ty TNHH Nhà máy bia Heineken Việt Nam với dự án mở rộng nhà máy; "
        "Công ty CP Thép Nam với dự án tôn mạ.",
        title="Bà Rịa - Vũng Tàu trao giấy chứng nhận đầu tư đầu năm",
    )
    assert pairs(r) == {("province/vn-77", "company/heineken")}


def test_pairing_province_opening_the_sentence_with_a_relation_verb(extract_text):
    # the title and lead speak of neither a foreign side nor a relation, yet the city itself cooperates
    r = extract_text(
        "Thành phố bị đe dọa bởi biến đổi khí hậu.\n\n"
        "TP HCM cũng sẽ hợp tác với thành phố Osaka (Nhật Bản) trong chương trình phát thải thấp.",
        title="TP HCM trước biến đổi khí hậu",
    )
    assert pairs(r) == {("province/vn-79", "place/jp-27")}


def test_pairing_verb_taken_by_a_domestic_body(extract_text):
    r = extract_text(
        "Bộ đề nghị UBND tỉnh Quảng Bình phối hợp với Bộ giám sát nguồn thải từ Công ty TNHH Hưng nghiệp Formosa Hà Tĩnh.",
        title="Môi trường biển miền Trung",
    )
    assert pairs(r) == set()


def test_pairing_capital_then_province_are_two_partners(extract_text):
    # "Thủ đô Vientiane, tỉnh Bô-ly-khăm-xay" lists two Lao partners, not a town and the province it lies in
    r = extract_text(
        "Phó Chủ tịch UBND tỉnh Hà Tĩnh cảm ơn nhân dân Thủ đô Vientiane, tỉnh Bô ly khăm xay đã giúp đỡ đội quy tập.",
        title="Hà Tĩnh đón hài cốt liệt sĩ từ Lào",
    )
    assert pairs(r) == {("province/vn-42", "place/la-vt"), ("province/vn-42", "place/la-bl")}


def test_pairing_provinces_listed_with_their_committees_act_together(extract_text):
    r = extract_text(
        "Bộ đề nghị giao UBND tỉnh Cao Bằng và UBND tỉnh Lạng Sơn chủ trì vay lại khoản vay 300 triệu USD của Trung Quốc.",
        title="Cao Bằng muốn vay vốn làm cao tốc",
    )
    assert pairs(r) == {("province/vn-04", "country/cn"), ("province/vn-20", "country/cn")}


def test_pairing_investor_ranking_beside_ranked_provinces_is_the_nations(extract_text):
    body = ("Bình Dương thu hút nhiều vốn đầu tư nước ngoài nhất cả nước. TPHCM đứng thứ hai về thu hút vốn đầu tư, "
            "Bắc Giang đứng thứ ba. Hàn Quốc đứng thứ hai với tổng vốn đầu tư đăng ký là 471 triệu USD.")
    assert pairs(extract_text(body, title="Bình Dương đón vốn đầu tư nước ngoài")) == set()
    # in a paragraph about one province, the investor ranked first is the province's partner
    body = ("TPHCM thu hút 2 tỷ USD vốn đầu tư nước ngoài. Hàn Quốc dẫn đầu với 26,9% tổng vốn đầu tư.")
    assert pairs(extract_text(body, title="TPHCM đón vốn đầu tư nước ngoài")) == {("province/vn-79", "country/kr")}


def test_pairing_programme_in_the_province_funded_by_a_firm(extract_text):
    r = extract_text(
        "Chương trình hỗ trợ sửa nhà cho cư dân ở Hà Tĩnh do Công ty Sam Sung C&T tài trợ.",
        title="Hỗ trợ nhà ở cho người nghèo",
    )
    assert pairs(r) == {("province/vn-42", "company/samsung")}


def test_pairing_declared_ngo_with_a_one_word_name(extract_text):
    # "phi chính phủ" says the body is a foreign NGO even without a country beside its name
    r = extract_text(
        "UBND tỉnh Quảng Nam ký kết thỏa thuận hợp tác với tổ chức phi chính phủ Habitat về nhà ở.",
        title="Quảng Nam hợp tác về nhà ở",
    )
    assert pairs(r) == {("province/vn-49", "org/habitat")}


def test_pairing_a_consul_attending_the_province_s_ceremony(extract_text):
    r = extract_text("Sáng 29/6, UBND Thành phố Hồ Chí Minh tổ chức lễ kỷ niệm 50 năm quan hệ ngoại giao. "
                     "Ông Im Heng, Tổng lãnh sự Vương quốc Campuchia tại Thành phố Hồ Chí Minh cũng tham dự buổi lễ.",
                     title="TP Hồ Chí Minh kỷ niệm quan hệ hữu nghị")
    assert ("province/vn-79", "mission/kh-consulate") in pairs(r)


def test_pairing_the_foreign_government_is_no_national_actor(extract_text):
    r = extract_text("Có mặt tại lễ khởi công của TP.HCM, ông Kawaue, Tổng lãnh sự Nhật Bản tại TP.HCM cho biết "
                     "Chính phủ nước này sẽ nỗ lực hết sức.", title="TP.HCM khởi công tuyến metro")
    assert ("province/vn-79", "mission/jp-consulate") in pairs(r)


def test_pairing_firms_licensed_by_the_province_with_foreign_capital(extract_text):
    text = ("Sáng 6/2, UBND tỉnh Bà Rịa - Vũng Tàu trao giấy chứng nhận đăng ký đầu tư cho 3 dự án. "
            "3 dự án vào Bà Rịa - Vũng Tàu - Công ty TNHH Starflex Việt Nam với dự án nhà máy sản xuất tấm bạt tại "
            "Cụm công nghiệp Tóc Tiên, tổng vốn đầu tư đăng ký 15 triệu USD. - Công ty TNHH Korea Tech & Art Việt Nam "
            "với dự án nhà máy đồ gỗ, tổng vốn đầu tư đăng ký 3 triệu USD. - Công ty TNHH Brightway Việt Nam với dự án "
            "kho bãi, tổng vốn đầu tư đăng ký 70 tỷ đồng.")
    r = extract_text(text, title="Bà Rịa - Vũng Tàu cấp phép 3 dự án")
    firms = {p for _a, p in pairs(r) if p.startswith("company/")}
    # a foreign currency says the investor is foreign; a project in đồng by a firm named "... Việt Nam" is domestic
    assert firms == {"company/starflex", "company/korea-tech"}


def test_pairing_attending_an_organisation_s_meeting_is_no_partnership(extract_text):
    r = extract_text("Hơn 200 đại biểu của UBND thành phố Đà Nẵng đã tham dự các hoạt động của Diễn đàn APEC.",
                     title="Đà Nẵng chuẩn bị cho APEC")
    assert pairs(r) == set()
    shop = extract_text("UBND TP Hồ Chí Minh cho biết tòa tháp có mặt tiền trên đường Lê Lợi, gần Đại sứ quán Nhật Bản.",
                        title="TP Hồ Chí Minh cấp phép tòa tháp")
    assert pairs(shop) == set()


def test_pairing_an_organiser_named_after_the_event_word(extract_text):
    r = extract_text("Hội thi là sự kiện do Hiệp hội INTERKULTUR (CHLB Đức) phối hợp với UBND tỉnh Quảng Nam tổ chức.",
                     title="Quảng Nam đăng cai hội thi hợp xướng quốc tế")
    assert ("province/vn-49", "org/interkultur") in pairs(r)


def test_pairing_lenders_of_the_province_s_project(extract_text):
    r = extract_text("Thành phố Hải Phòng xây dựng Bệnh viện đa khoa. Trong đó, vốn vay ODA của dự án là 95 triệu USD do "
                     "Chính phủ Hàn Quốc cho vay từ Quỹ Hợp tác phát triển kinh tế Hàn Quốc (EDCF).",
                     title="Hải Phòng xây bệnh viện bằng vốn ODA")
    assert {p for _a, p in pairs(r)} >= {"org/edcf", "country/kr"}
    # a national programme naming provinces only as where it runs gives none
    national = extract_text("Chương trình được triển khai tại Cục Hải quan thành phố Hải Phòng do Chính phủ Canada tài trợ.",
                            title="Hải quan hiện đại hóa")
    assert pairs(national) == set()


def test_pairing_investors_listed_after_the_province_names_them(extract_text):
    r = extract_text("UBND Hà Nội cho biết 2 nhà đầu tư nước ngoài đăng ký đầu tư các dự án đường sắt đô thị gồm "
                     "Công ty Mosmetrotroy (Liên Bang Nga) và Tập đoàn Lotte (Hàn Quốc).", title="Hà Nội kêu gọi đầu tư metro")
    assert {p for _a, p in pairs(r)} >= {"company/mosmetrotroy", "company/lotte"}


def test_pairing_licensed_projects_named_before_or_with_their_capital(extract_text):
    text = ("Sáng 6/2, UBND tỉnh Bà Rịa - Vũng Tàu trao giấy chứng nhận đầu tư cho 8 dự án. "
            "Trong số này, đáng chú ý có dự án mở rộng nhà máy bia Heineken Việt Nam, với tổng vốn đăng ký tăng thêm 185 triệu USD. "
            "Công ty TNHH Korea Tech & Art Việt Nam với tổng vốn đầu tư 3 triệu USD.")
    r = extract_text(text, title="Bà Rịa - Vũng Tàu cấp phép 8 dự án")
    # "Việt Nam" ending a subsidiary's name is not the nation: the sentence stays the province's
    assert {p for _a, p in pairs(r)} >= {"company/heineken", "company/korea-tech"}


def test_pairing_a_mission_at_a_festival_merely_held_in_the_province_is_no_partner(extract_text):
    # the embassy organises; the city's leaders are guests: no ceremony of the city's own
    r = extract_text("Lễ hội hoa hồng do Đại sứ quán Bulgaria tại Việt Nam tổ chức tại Hà Nội. "
                     "Tham dự buổi lễ có ngài Đại sứ Bulgaria và đại diện lãnh đạo TP Hà Nội.",
                     title="Lễ hội hoa hồng Bulgaria tại Hà Nội")
    assert pairs(r) == set()
    held = extract_text("Sáng 12/5, Sở Ngoại vụ TP Hà Nội tổ chức lễ hội hữu nghị. "
                        "Tham dự buổi lễ có ngài Đại sứ Bulgaria tại Việt Nam.",
                        title="Hà Nội tổ chức lễ hội hữu nghị")
    assert pairs(held) == {("province/vn-01", "mission/bg-embassy")}


def test_pairing_a_foreign_guest_visiting_provinces_in_a_later_clause(extract_text):
    r = extract_text("Chủ tịch Quốc hội Cuba cùng Đoàn đại biểu Quốc hội Cuba đã thăm Học viện Chính trị; thăm và làm "
                     "việc tại Thành phố Hồ Chí Minh, tỉnh Bến Tre, tỉnh Sơn La.", title="Chủ tịch Quốc hội Cuba thăm Việt Nam")
    assert pairs(r) == {("province/vn-79", "org/cu-quoc-hoi"), ("province/vn-83", "org/cu-quoc-hoi"),
                        ("province/vn-14", "org/cu-quoc-hoi")}
    # a Vietnamese leader visiting a province is no foreign relation of it
    home = extract_text("Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Lào; thăm và làm việc tại tỉnh Bến Tre.",
                        title="Thủ tướng hội đàm")
    assert pairs(home) == set()


def test_pairing_the_province_acting_before_a_ministry_is_named(extract_text):
    text = ("UBND TP.HCM đã ban hành kế hoạch. Theo đó, thành phố đã tham gia hoạt động của Tổ chức C40 (tổ chức các "
            "thành phố trên thế giới); đồng thời phối hợp Bộ Tài nguyên và Môi trường thực hiện dự án.")
    r = extract_text(text, title="TP.HCM hợp tác quốc tế ứng phó biến đổi khí hậu")
    assert pairs(r) == {("province/vn-79", "org/c40")}
    # the ministry acts first: the nation's programme, not the city's
    ministry = extract_text("UBND TP.HCM đã ban hành kế hoạch. Bộ Tài nguyên và Môi trường đã phối hợp với JICA thực "
                            "hiện dự án cho thành phố.", title="TP.HCM hợp tác quốc tế ứng phó biến đổi khí hậu")
    assert pairs(ministry) == set()


def test_pairing_a_department_of_the_province_acts_for_it(extract_text):
    text = ("Sở Y tế TP.HCM vừa có báo cáo về việc tiếp nhận thuốc viện trợ. "
            "Cũng trong ngày 8-5, Sở Y tế đã có buổi làm việc với đại diện Công ty Novartis Pharma Services AG.")
    r = extract_text(text, title="Sở Y tế TP.HCM báo cáo về thuốc viện trợ")
    assert pairs(r) == {("province/vn-79", "company/novartis")}


def test_pairing_a_country_naming_a_breed_or_product_is_no_partner(extract_text):
    r = extract_text("Sở NN-PTNT TP.HCM sẽ phối hợp nhà đầu tư xây dựng nhà máy chế biến thức ăn dành cho bò sữa Israel.",
                     title="TP.HCM hợp tác phát triển nông nghiệp công nghệ cao")
    assert pairs(r) == set()
    partner = extract_text("UBND TP.HCM sẽ phối hợp với Israel xây dựng nhà máy chế biến thức ăn cho bò sữa.",
                           title="TP.HCM hợp tác phát triển nông nghiệp công nghệ cao")
    assert pairs(partner) == {("province/vn-79", "country/il")}


def test_pairing_the_province_s_roster_of_foreign_ngos(extract_text):
    r = extract_text("Hiện có 45 tổ chức phi chính phủ nước ngoài đang hoạt động tại tỉnh Điện Biên, như: World Vision, "
                     "Plan International, ChildFund, Oxfam.", title="Điện Biên thu hút viện trợ phi chính phủ")
    assert pairs(r) == {("province/vn-11", "org/world-vision"), ("province/vn-11", "org/plan-international"),
                        ("province/vn-11", "org/childfund"), ("province/vn-11", "org/oxfam")}


def test_pairing_a_province_opening_its_clause_after_a_place_abroad_and_a_date(extract_text):
    r = extract_text("Tại hội nghị xúc tiến đầu tư ở Seoul ngày 12/9, tỉnh Thái Nguyên đã trao giấy chứng nhận đầu tư cho "
                     "Công ty Hanwha Aerospace và Công ty Samsung Display.", title="Thái Nguyên xúc tiến đầu tư")
    assert {("province/vn-19", "company/hanwha-aerospace"), ("province/vn-19", "company/samsung-display")} <= pairs(r)


def test_pairing_a_parliament_named_through_its_leader_s_title(extract_text):
    r = extract_text("Chiều 8/11, Bí thư Tỉnh ủy Quảng Ninh đã tiếp Chủ tịch Quốc hội Mông Cổ cùng đoàn đại biểu.",
                     title="Chủ tịch Quốc hội Mông Cổ thăm Quảng Ninh", date="2024-11-09")
    assert pairs(r) == {("province/vn-22", "org/mn-quoc-hoi")}
    [body] = [e for e in r.new_entities if e.key == "org/mn-quoc-hoi"]
    assert (body.label, body.country) == ("Quốc hội Mông Cổ", "MN")
    # Vietnam's own parliament is the nation acting
    home = extract_text("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã tiếp Chủ tịch Quốc hội Lào tại Hà Nội.", title="Tin đối ngoại")
    assert pairs(home) == set()


def test_pairing_countries_listed_after_the_embassies_are_their_embassies(extract_text):
    r = extract_text("Tỉnh Thanh Hóa đã tăng cường quan hệ hợp tác với các Đại sứ quán, cơ quan hợp tác phát triển của "
                     "một số nước tại Việt Nam như Hoa Kỳ, Hungary, Đan Mạch...", title="Thanh Hóa mở rộng hợp tác quốc tế")
    assert pairs(r) == {("province/vn-38", "mission/us-embassy"), ("province/vn-38", "mission/hu-embassy"),
                        ("province/vn-38", "mission/dk-embassy")}


def test_pairing_a_firm_s_foreign_partners_are_no_roster_of_the_province(extract_text):
    r = extract_text("Dự án nằm ở quận 2, TP.HCM. Giữa năm 2016, Công ty Cổ phần Tập đoàn Vạn Thịnh Phát ký hợp tác với "
                     "các nhà đầu tư nước ngoài gồm Pavilion Group và Genting Group để phát triển dự án.",
                     title="TP.HCM: siêu dự án ven sông Sài Gòn")
    assert pairs(r) == set()


def test_pairing_countries_investors_come_from_are_no_partners(extract_text):
    r = extract_text("Tính đến nay, Quảng Nam đã thu hút được 126 dự án FDI, với tổng vốn đăng ký 5,5 tỷ USD từ những nhà "
                     "đầu tư đến từ khắp nơi trên thế giới như Hàn Quốc, Nhật Bản, Singapore.", title="Quảng Nam thu hút đầu tư")
    assert pairs(r) == set()
    direct = extract_text("Tính đến nay, Quảng Nam đã thu hút được 20 dự án của Hàn Quốc.", title="Quảng Nam thu hút đầu tư")
    assert pairs(direct) == {("province/vn-49", "country/kr")}


def test_pairing_a_country_lending_to_the_province_s_project(extract_text):
    r = extract_text("Vốn cho tuyến metro số 1 của TP Hồ Chí Minh gồm vốn vay của Nhật Bản và vốn đối ứng của thành phố.",
                     title="TP Hồ Chí Minh: tuyến metro số 1 gặp khó vì chậm vốn")
    assert pairs(r) == {("province/vn-79", "country/jp")}


def test_pairing_a_joint_committee_s_meeting_held_by_both(extract_text):
    r = extract_text("Ngày 12/12, tỉnh Quảng Ninh và Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) tổ chức Hội nghị Ủy ban "
                     "công tác liên hợp lần thứ 8.", title="Quảng Ninh và Quảng Tây họp Ủy ban công tác liên hợp", date="2024-12-13")
    assert pairs(r) == {("province/vn-22", "place/cn-gx")}
    assert [(e.province, e.kind, e.date) for e in r.events] == [("province/vn-22", "conference", "2024-12-12")]


def test_pairing_a_department_stands_for_the_province_its_sentence_names(extract_text):
    r = extract_text("UBND TP Hà Nội đề nghị Sở GD&ĐT khẩn trương đàm phán với Trường Đại học Cambridge (Anh).",
                     title="Cần Thơ đổi mới giáo dục")
    assert pairs(r) == {("province/vn-01", "org/dai-hoc-cambridge")}


def test_pairing_friends_a_province_promotes_itself_to_are_no_partners(extract_text):
    r = extract_text("Đây là dịp để tỉnh Quảng Ninh quảng bá về chỉ dẫn địa lý của tỉnh đến bạn bè ASEAN và quốc tế.",
                     title="Quảng Ninh quảng bá chỉ dẫn địa lý")
    assert pairs(r) == set()


def test_pairing_an_embassy_that_interviews_the_province_s_student_is_no_guest(extract_text):
    text = ("Chiều 20-5, Giám đốc Sở GD&ĐT tỉnh Quảng Trị cho biết em Minh đạt giải Ba tại Mỹ. "
            "Trước đó, Đại sứ quán Mỹ có thông báo sẽ tổ chức phỏng vấn lần thứ 3 đối với Minh. "
            "Sau đó, Đại sứ quán Mỹ đã đồng ý cấp visa cho Minh sang Mỹ để tham dự cuộc thi. "
            "Sở sẽ tổ chức đón em Minh và trao thưởng khi em về nước.")
    r = extract_text(text, title="Học sinh Quảng Trị đạt giải quốc tế")
    assert pairs(r) == set()


def test_pairing_a_licence_list_in_its_own_paragraph(extract_text):
    text = ("Sáng 12/9, UBND tỉnh Hưng Yên trao Giấy chứng nhận đăng ký đầu tư cho 6 dự án có vốn đầu tư nước ngoài.\n\n"
            "Các dự án cấp mới gồm: Công ty TNHH Linh kiện Tianrun (Trung Quốc) sản xuất bo mạch, vốn 40 triệu USD; "
            "Công ty TNHH Seo Won Vina (Hàn Quốc), vốn 12 triệu USD.\n\n"
            "Công ty TNHH Marusan Việt Nam (Nhật Bản) điều chỉnh tăng vốn thêm 8 triệu USD cho nhà máy tại KCN Phố Nối A.")
    r = extract_text(text, title="Hưng Yên trao chứng nhận đầu tư", date="2024-09-13")
    assert pairs(r) == {("province/vn-33", "company/tianrun"), ("province/vn-33", "company/seo-won-vina"),
                        ("province/vn-33", "company/marusan")}


def test_pairing_a_bulleted_list_the_province_heads(extract_text):
    text = ("Năm 2024, có 25 tổ chức phi chính phủ nước ngoài hoạt động tại tỉnh Kon Tum.\n\n"
            "Một số tổ chức có đóng góp lớn gồm:\n\n"
            "- Tổ chức Đông Tây Hội ngộ (EMW, Hoa Kỳ): xây 4 điểm trường;\n\n"
            "- Tổ chức Good Neighbors International (GNI, Hàn Quốc): cấp nước sạch.\n\n"
            "Nhiều du khách Hàn Quốc cũng đến thăm tỉnh.")
    r = extract_text(text, title="Kon Tum tổng kết viện trợ", date="2024-12-20")
    assert pairs(r) == {("province/vn-62", "org/east-meets-west"), ("province/vn-62", "org/gni")}


def test_pairing_the_province_itself_does_something(extract_text):
    text = ("Năm 2024, thành phố Đà Nẵng mở rộng quan hệ đối ngoại. "
            "Tháng 11, thành phố đón và làm việc với đoàn đại biểu tỉnh Samarkand (Uzbekistan). "
            "Thành phố kế thừa các thỏa thuận hợp tác với tỉnh Sekong (Lào).")
    r = extract_text(text, title="Đà Nẵng mở rộng đối ngoại", date="2024-12-30")
    assert pairs(r) >= {("province/vn-48", "place/uz-samarkand"), ("province/vn-48", "place/la-xe")}


def test_pairing_a_province_s_own_organ_stands_for_it(extract_text):
    r = extract_text("Tổ chức MAG (Anh) tiếp tục phối hợp với Bộ Chỉ huy Quân sự tỉnh rà phá bom mìn.",
                     title="Quảng Trị khắc phục hậu quả bom mìn", date="2024-06-01")
    assert pairs(r) == {("province/vn-45", "org/mag")}


def test_pairing_projects_listed_after_trong_do_co_go_on_with_the_province(extract_text):
    r = extract_text("Năm 2024, tỉnh Hà Giang có 12 dự án ODA. Trong đó có Dự án Phát triển hạ tầng vay vốn Ngân hàng Thế "
                     "giới (WB); Dự án Giáo dục vay vốn Ngân hàng Phát triển châu Á (ADB).",
                     title="Hà Giang thu hút ODA", date="2024-12-20")
    assert pairs(r) == {("province/vn-02", "org/wb"), ("province/vn-02", "org/adb")}


def test_pairing_tinh_with_any_verb_of_keeping_ties(extract_text):
    r = extract_text("Năm 2024, tỉnh Gia Lai mở rộng đối ngoại. Hiện tỉnh duy trì quan hệ hợp tác với tỉnh Ratanakiri "
                     "(Campuchia).", title="Gia Lai", date="2024-12-20")
    assert pairs(r) == {("province/vn-64", "place/kh-16")}


def test_pairing_the_province_s_own_delegation_goes_on_acting(extract_text):
    text = ("Từ ngày 20 đến 23/3, đoàn đại biểu cấp cao tỉnh Nghệ An sang thăm, hội đàm với tỉnh Xiêng Khoảng (Lào). "
            "Ngày 22/3, đoàn đã đến thăm và làm việc với lãnh đạo tỉnh Bô-ly-khăm-xay.")
    r = extract_text(text, title="Nghệ An hội đàm với Xiêng Khoảng", date="2024-03-25")
    assert pairs(r) == {("province/vn-40", "place/la-xi"), ("province/vn-40", "place/la-bl")}
    # a foreign delegation's "đoàn" is not the province
    guest = extract_text("Đoàn đại biểu tỉnh Hủa Phăn (Lào) thăm tỉnh Thanh Hóa. Chiều 5/1, đoàn đã đến thăm Tập đoàn "
                         "Samsung tại Bắc Ninh.", title="Hủa Phăn thăm Thanh Hóa", date="2024-01-06")
    assert ("province/vn-38", "company/samsung") not in pairs(guest)


def test_pairing_a_delegation_of_lao_cai_is_the_province_s_own(extract_text):
    # "Lào" in a Vietnamese province's name does not make its delegation foreign
    text = ("Từ ngày 8 đến 10/4, đoàn công tác tỉnh Lào Cai sang thăm châu Hồng Hà (Trung Quốc). "
            "Ngày 9/4, đoàn đã hội đàm với lãnh đạo thành phố Mông Tự.")
    r = extract_text(text, title="Lào Cai thăm Hồng Hà", date="2024-04-12")
    assert ("province/vn-10", "place/cn-mengzi") in pairs(r)


def test_pairing_a_former_province_after_the_merger_acts_as_its_successor(extract_text):
    r = extract_text("Chiều 12/10, UBND tỉnh Quảng Bình (cũ) ký kết biên bản ghi nhớ với tỉnh Khammuane (Lào).",
                     title="Hợp tác với Khammuane", date="2025-10-13")
    assert pairs(r) == {("province/vn-44-2025", "place/la-kh")}


def test_pairing_investors_coming_into_viet_nam_are_the_nation_s(extract_text):
    r = extract_text("Trong đó có dự án metro số 5 tại TP Hồ Chí Minh, cú hích để các nhà đầu tư Tây Ban Nha vào Việt Nam.",
                     title="TP Hồ Chí Minh kêu gọi đầu tư metro", date="2017-06-10")
    assert pairs(r) == set()


def test_pairing_an_adverb_between_tinh_and_its_verb(extract_text):
    r = extract_text("Năm 2025, tỉnh Quảng Trị mở rộng đối ngoại. Ngoài Savannakhet, tỉnh hiện còn duy trì quan hệ hợp tác "
                     "với tỉnh Salavan (Lào).", title="Quảng Trị", date="2025-10-10")
    assert ("province/vn-44-2025", "place/la-sl") in pairs(r)


def test_pairing_a_consul_accompanying_the_guest_the_province_receives(extract_text):
    r = extract_text("Chiều 10/9, Chủ tịch UBND TP.HCM đã tiếp Thống đốc bang Washington (Hoa Kỳ). Tháp tùng Thống đốc có "
                     "Tổng Lãnh sự Hoa Kỳ tại TP.HCM.", title="TP.HCM tiếp Thống đốc bang Washington", date="2024-09-11")
    assert ("province/vn-79", "mission/us-consulate") in pairs(r)


def test_pairing_a_clause_that_goes_on_with_voi(extract_text):
    r = extract_text("Sáng 21/10, UBND thành phố Đà Nẵng ký với JETRO về xúc tiến đầu tư; với Ngân hàng Hợp tác Quốc tế "
                     "Nhật Bản (JBIC) về tư vấn tài chính; và với tỉnh Toyama về trao đổi thực tập sinh.",
                     title="Đà Nẵng ký kết với đối tác Nhật Bản", date="2025-10-22")
    assert pairs(r) >= {("province/vn-48-2025", "org/jetro"), ("province/vn-48-2025", "org/jbic"),
                        ("province/vn-48-2025", "place/jp-16")}


def test_pairing_the_city_s_leaders_act_for_it(extract_text):
    text = ("Đoàn công tác TP Đà Nẵng sang Nhật Bản xúc tiến đầu tư.\n\nSáng 21/10, lãnh đạo thành phố trao giấy chứng "
            "nhận đăng ký đầu tư cho Tập đoàn Kobayashi Medical (Nhật Bản).")
    r = extract_text(text, title="Đà Nẵng xúc tiến đầu tư tại Nhật Bản", date="2025-10-22")
    assert ("province/vn-48-2025", "company/kobayashi-medical") in pairs(r)


def test_pairing_the_own_delegation_in_a_sentence_naming_no_province(extract_text):
    text = ("Từ ngày 20 đến 23/3, đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng (Lào).\n\nNgày 22/3, đoàn đã đến "
            "thăm và làm việc với tỉnh Bô-ly-khăm-xay.")
    r = extract_text(text, title="Nghệ An thăm Lào", date="2024-03-25")
    assert ("province/vn-40", "place/la-bl") in pairs(r)


def test_pairing_a_list_of_donors_in_the_province_s_story(extract_text):
    text = ("Năm 2025, tỉnh Gia Lai vận động được 42 dự án viện trợ phi chính phủ nước ngoài.\n\n"
            "Các nhà tài trợ chính gồm Tổ chức Plan International và Quỹ Nhi đồng Liên hợp quốc (UNICEF).")
    r = extract_text(text, title="Gia Lai vận động viện trợ", date="2026-01-10")
    assert pairs(r) == {("province/vn-52-2025", "org/plan-international"), ("province/vn-52-2025", "org/unicef")}
    # a list of a firm's partners is not the province's
    firm = extract_text("Năm 2025, tỉnh Gia Lai có nhiều dự án mới.\n\nCông ty X đã ký hợp tác với các đối tác gồm Tổ chức "
                        "Plan International.", title="Gia Lai", date="2026-01-10")
    assert pairs(firm) == set()


def test_pairing_a_province_named_only_as_a_later_item_s_place(extract_text):
    r = extract_text("Vốn FDI đăng ký vào Việt Nam tiếp tục tăng; Ngân hàng Thế giới cho vay chương trình nông nghiệp phát thải "
                     "thấp; một thương hiệu Nhật ra mắt sản phẩm tại TP Hồ Chí Minh.", title="Bản tin kinh tế",
                     date="2025-09-30")
    assert pairs(r) == set()
