"""Agreements: parties and status, on texts written for these tests."""


def agreements(r):
    return {(a.province, a.partners, a.status) for a in r.agreements}


def test_extract_agreements_partner_opens_the_clause(extract_text):
    r = extract_text("Tại buổi lễ, đại diện Tập đoàn Hyosung đã ký kết biên bản ghi nhớ với tỉnh Bà Rịa - Vũng Tàu.")
    assert agreements(r) == {("province/vn-77", ("company/hyosung",), "signed")}


def test_extract_agreements_a_programme_s_signing_is_planned(extract_text):
    r = extract_text("Theo chương trình, Chủ tịch nước sẽ chứng kiến lễ ký thỏa thuận thiết lập quan hệ hữu nghị "
                     "giữa tỉnh Quảng Ninh và tỉnh Phúc Kiến.", title="Chủ tịch nước thăm Trung Quốc")
    assert agreements(r) == {("province/vn-22", ("place/cn-fj",), "planned")}


def test_extract_agreements_a_purpose_is_no_signing(extract_text):
    r = extract_text("Tỉnh Thanh Hóa có 260 hoạt động trao đổi đoàn với các địa phương của Lào (Hủa Phăn, Xiêng Khoảng) "
                     "để ký kết, triển khai nội dung thỏa thuận hợp tác.")
    assert agreements(r) == set()


def test_extract_agreements_capitalised_list_item(extract_text):
    r = extract_text("Thành phố Yokohama đã hợp tác với thành phố Đà Nẵng trong nhiều hoạt động như: Ký kết Biên bản "
                     "ghi nhớ về hợp tác kỹ thuật.", title="Đà Nẵng và Yokohama")
    assert agreements(r) == {("province/vn-48", ("place/jp-yokohama",), "signed")}


def test_extract_agreements_negotiating_and_proposing_a_loan(extract_text):
    talks = extract_text("UBND TP Hà Nội đề nghị Sở GD&ĐT khẩn trương đàm phán với Trường Đại học Cambridge (Anh) để đưa "
                         "chương trình đào tạo vào trường THPT Chu Văn An.", title="Hà Nội đổi mới giáo dục")
    assert agreements(talks) == {("province/vn-01", ("org/dai-hoc-cambridge",), "in_negotiation")}
    loan = extract_text("UBND TP Hà Nội vừa có văn bản đề xuất vay vốn ODA từ Ngân hàng Phát triển châu Á (ADB) để làm "
                        "tuyến đường sắt đô thị số 5.", title="Hà Nội đề xuất vay vốn ADB")
    assert agreements(loan) == {("province/vn-01", ("org/adb",), "planned")}


def test_extract_agreements_a_bracketed_country_after_the_signing_locality(extract_text):
    r = extract_text("Ngày 5/10, UBND TP Huế và tỉnh Gyeongsangbuk (Hàn Quốc) đã ký kết biên bản ghi nhớ hợp tác giai đoạn "
                     "2025-2030.", title="Huế ký kết hợp tác với Hàn Quốc", date="2025-10-06")
    [a] = r.agreements
    assert (a.province, a.partners, a.status, a.period, a.date) == (
        "province/vn-46", ("place/kr-47",), "signed", (2025, 2030), "2025-10-05")


def test_extract_agreements_signed_on_the_day_of_the_paragraph_s_signing_event(extract_text):
    text = ("Chiều 15/3, Phó Chủ tịch UBND tỉnh Nghệ An đã tiếp đoàn công tác của tỉnh Xiêng Khoảng (Lào). "
            "Tại buổi làm việc, hai bên đã ký kết Biên bản thỏa thuận hợp tác giai đoạn 2024-2029.")
    r = extract_text(text, title="Nghệ An hợp tác với Xiêng Khoảng", date="2024-03-16")
    assert [(a.province, a.partners, a.status, a.period, a.date) for a in r.agreements] == [
        ("province/vn-40", ("place/la-xi",), "signed", (2024, 2029), "2024-03-15")]


def test_extract_agreements_a_partner_named_in_brackets_signs(extract_text):
    r = extract_text("Ngày 12/6, UBND tỉnh Quảng Trị và Tổ chức Cứu trợ trẻ em (Save the Children) ký kết thỏa thuận dự "
                     "án viện trợ phi chính phủ nước ngoài trị giá 500.000 USD.", title="Quảng Trị tiếp nhận viện trợ",
                     date="2024-06-13")
    assert agreements(r) == {("province/vn-45", ("org/save-the-children",), "signed")}


def test_extract_agreements_a_renewal_for_a_new_period(extract_text):
    r = extract_text("Ngày 18/12, UBND tỉnh Quảng Trị và chính quyền tỉnh Savannakhet (Lào) đã ký kết gia hạn thỏa thuận "
                     "hợp tác giai đoạn 2026-2030.", title="Quảng Trị và Savannakhet gia hạn thỏa thuận", date="2024-12-19")
    assert [(a.province, a.partners, a.status, a.period, a.date) for a in r.agreements] == [
        ("province/vn-45", ("place/la-sv",), "signed", (2026, 2030), "2024-12-18")]


def test_extract_agreements_the_object_of_another_act_signs_nothing(extract_text):
    r = extract_text("Tại diễn đàn, UBND tỉnh Bắc Ninh đã trao giấy chứng nhận đầu tư cho Công ty Samsung Display và ký "
                     "biên bản ghi nhớ với Tập đoàn Amkor (Hoa Kỳ).", title="Bắc Ninh thu hút đầu tư", date="2024-08-15")
    assert agreements(r) == {("province/vn-27", ("company/amkor",), "signed")}


def test_extract_agreements_a_document_named_with_a_capital(extract_text):
    r = extract_text("Sáng 24/11, UBND tỉnh Ninh Bình và chính quyền huyện Goesan (Hàn Quốc) đã ký Bản ghi nhớ hợp tác "
                     "tiếp nhận lao động thời vụ.", title="Ninh Bình hợp tác với Goesan", date="2025-11-25")
    assert {(a.partners, a.status, a.agreement_type) for a in r.agreements} == {
        (("place/kr-goesan",), "signed", "biên bản ghi nhớ")}


def test_extract_agreements_a_plan_to_sign_is_read_before_the_signing_word(extract_text):
    r = extract_text("UBND tỉnh Đồng Tháp và tỉnh Takeo (Campuchia) thống nhất dự kiến ký kết thỏa thuận hợp tác "
                     "trong quý III.", title="Đồng Tháp và Takeo", date="2024-05-10")
    assert agreements(r) == {("province/vn-87", ("place/kh-21",), "planned")}


def test_extract_agreements_what_is_still_to_come_after_the_partner(extract_text):
    r = extract_text("Theo Sở Ngoại vụ, thành phố Cần Thơ đang trao đổi với tỉnh Gunma (Nhật Bản) để tiến tới ký kết "
                     "thỏa thuận hợp tác.", title="Cần Thơ mở rộng hợp tác", date="2024-05-10")
    assert agreements(r) == {("province/vn-92", ("place/jp-10",), "in_negotiation")}


def test_extract_agreements_minutes_of_talks_signed_by_a_chinese_local_government(extract_text):
    # "Chính phủ nhân dân" names a Chinese local government, not Việt Nam's government acting
    r = extract_text("Chiều 25/9, UBND tỉnh Hà Giang và Chính phủ nhân dân thành phố Văn Sơn ký Biên bản hội đàm năm 2024.",
                     title="Hà Giang hội đàm với Văn Sơn", date="2024-09-26")
    assert {(a.partners, a.status, a.agreement_type) for a in r.agreements} == {
        (("place/cn-wenshan",), "signed", "biên bản hội đàm")}


def test_extract_agreements_each_clause_keeps_its_own_status(extract_text):
    r = extract_text("Tỉnh Nagano và thành phố Cần Thơ vừa qua đã ký kết Thỏa thuận hợp tác hữu nghị; thành phố Osaka và "
                     "thành phố Hải Phòng đang hợp tác triển khai các dự án nước sạch, hai bên mong muốn mở rộng hợp tác.",
                     title="Các địa phương Nhật Bản hợp tác với Việt Nam", date="2017-06-10")
    assert agreements(r) == {("province/vn-92", ("place/jp-20",), "signed")}
    # the clause after a semicolon that speaks of the two sides is the partner's
    r = extract_text("Chiều 25/6, lãnh đạo tỉnh Cao Bằng làm việc với Chính phủ nhân dân Khu tự trị Quảng Tây; hai bên thống "
                     "nhất dự kiến ký kết thỏa thuận về nâng cấp cửa khẩu.", title="Cao Bằng và Quảng Tây", date="2024-06-27")
    assert agreements(r) == {("province/vn-04", ("place/cn-gx",), "planned")}


def test_extract_agreements_a_proposal_or_paperwork_before_signing_is_planned(extract_text):
    r = extract_text("UBND tỉnh Kon Tum đang hoàn tất thủ tục để ký Thỏa thuận khung với tổ chức World Vision giai đoạn "
                     "2025-2029.", title="Kon Tum và World Vision", date="2024-09-10")
    assert agreements(r) == {("province/vn-62", ("org/world-vision",), "planned")}
    r = extract_text("Chủ tịch UBND tỉnh Gia Lai đề nghị Đại sứ quán hỗ trợ tổ chức ký kết Biên bản ghi nhớ hợp tác giữa "
                     "tỉnh Gia Lai và tỉnh Ratanakiri (Campuchia).", title="Gia Lai tiếp Đại sứ Campuchia", date="2024-09-10")
    assert ("province/vn-64", ("place/kh-16",), "planned") in agreements(r)


def test_extract_agreements_of_the_two_sides_after_the_link(extract_text):
    text = ("Chiều 3/7, Chủ tịch UBND tỉnh Sơn La đã tiếp đoàn đại biểu tỉnh Hủa Phăn (Lào).\n\n"
            "Tại buổi làm việc, hai bên đánh giá kết quả thực hiện Biên bản thỏa thuận hợp tác giai đoạn 2021–2025 đã "
            "ký giữa hai tỉnh. Hai bên thống nhất xây dựng Biên bản thỏa thuận hợp tác giai đoạn 2026–2030, dự kiến ký "
            "kết trong năm 2026.")
    r = extract_text(text, title="Sơn La tiếp đoàn Hủa Phăn", date="2025-07-04")
    assert {(a.status, a.period) for a in r.agreements} == {("signed", (2021, 2025)), ("planned", (2026, 2030))}
    assert {(a.province, a.partners) for a in r.agreements} == {("province/vn-14", ("place/la-ho",))}


def test_extract_agreements_of_the_two_sides_need_one_locality_nearby(extract_text):
    # two localities before: which one "hai tỉnh" means is not said
    two = extract_text("Chiều 3/7, tỉnh Sơn La đã tiếp đoàn tỉnh Hủa Phăn và tỉnh Luông Pha Băng (Lào).\n\nHai bên thống "
                       "nhất xây dựng Biên bản thỏa thuận hợp tác, dự kiến ký kết trong năm 2026.", date="2025-07-04")
    assert two.agreements == ()
    # two paragraphs back: another side may have come in unnamed
    far = extract_text("Tháng 5, tỉnh Sơn La đã tiếp đoàn tỉnh Hủa Phăn (Lào).\n\nPV: Còn các đối tác khác?\n\n"
                       "Tháng 6, một đoàn của bang Queensland đến thăm. Hai bên thống nhất xây dựng Biên bản ghi nhớ, dự "
                       "kiến ký kết trong năm 2026.", date="2025-07-04")
    assert far.agreements == ()


def test_extract_agreements_a_document_signed_on_a_date_after_the_partner(extract_text):
    r = extract_text("Quan hệ hữu nghị giữa tỉnh Bắc Ninh và thành phố Gimhae (Hàn Quốc), trên cơ sở thỏa thuận hợp tác ký "
                     "năm 2018, đã mang lại nhiều kết quả.", title="Bắc Ninh và Gimhae", date="2024-05-10")
    assert agreements(r) == {("province/vn-27", ("place/kr-gimhae",), "signed")}


def test_extract_agreements_a_document_in_force_is_signed(extract_text):
    r = extract_text("Chiều 8/10, đoàn công tác tỉnh Quảng Trị làm việc với tỉnh Savannakhet (Lào) về việc triển khai Thỏa "
                     "thuận hợp tác giai đoạn 2021–2025 giữa hai tỉnh.", title="Quảng Trị và Savannakhet", date="2023-10-09")
    assert {(a.status, a.period) for a in r.agreements} == {("signed", (2021, 2025))}
    # a document still to be drawn up for a later period is not
    later = extract_text("Chiều 8/10, đoàn công tác tỉnh Quảng Trị làm việc với tỉnh Savannakhet (Lào) về việc triển khai "
                         "Thỏa thuận hợp tác giai đoạn 2026–2030 giữa hai tỉnh.", date="2023-10-09")
    assert later.agreements == ()


def test_extract_agreements_signed_with_one_partner_after_another(extract_text):
    text = ("Sáng 21/10, tại Tokyo, 9 biên bản ghi nhớ đã được trao đổi. Trong đó, UBND thành phố Đà Nẵng ký với JETRO về "
            "xúc tiến đầu tư; với Ngân hàng Hợp tác Quốc tế Nhật Bản (JBIC) về tư vấn tài chính; và với tỉnh Toyama về "
            "đào tạo.")
    r = extract_text(text, title="Đà Nẵng xúc tiến đầu tư tại Nhật Bản", date="2025-10-22")
    assert agreements(r) >= {("province/vn-48-2025", ("org/jetro",), "signed"),
                             ("province/vn-48-2025", ("org/jbic",), "signed"),
                             ("province/vn-48-2025", ("place/jp-16",), "signed")}


def test_extract_agreements_the_two_sides_of_the_locality_just_named(extract_text):
    text = ("Hà Tĩnh có 164 km đường biên giới tiếp giáp tỉnh Bô-ly-khăm-xay. Trên cơ sở thỏa thuận hợp tác giai đoạn "
            "2021-2025 đã ký kết, hai tỉnh phối hợp chặt chẽ trong quản lý biên giới.")
    r = extract_text(text, title="Hà Tĩnh tiếp Chủ tịch Quốc hội Lào", date="2024-08-16")
    assert {(a.province, a.partners, a.status, a.period) for a in r.agreements} == {
        ("province/vn-42", ("place/la-bl",), "signed", (2021, 2025))}


def test_extract_agreements_the_two_sides_of_the_title_further_back(extract_text):
    text = ("Chiều 13/8, tại TP Kon Tum, Phó Chủ tịch UBND tỉnh Kon Tum đã tiếp đoàn đại biểu tỉnh Atapư (Lào).\n\n"
            "Ông cho biết nhiều công trình hữu nghị đã hoàn thành.\n\nTại buổi làm việc, hai bên đánh giá kết quả thực "
            "hiện Biên bản thỏa thuận hợp tác giai đoạn 2021–2025 đã ký giữa hai tỉnh.")
    r = extract_text(text, title="Kon Tum – Atapư tăng cường hợp tác", date="2024-08-14")
    assert {(a.partners, a.status, a.period) for a in r.agreements} == {(("place/la-at",), "signed", (2021, 2025))}
    # the same story under a title that names no locality: a side may have come in since
    untitled = extract_text(text, title="Tăng cường hợp tác", date="2024-08-14")
    assert untitled.agreements == ()


def test_extract_agreements_documents_handed_over_are_signed(extract_text):
    r = extract_text("Ở cấp địa phương, UBND tỉnh Lào Cai và Chính quyền tỉnh Gunma trao Biên bản ghi nhớ hợp tác trong "
                     "lĩnh vực nông nghiệp.", title="Trao văn kiện hợp tác", date="2025-11-27")
    assert agreements(r) == {("province/vn-15-2025", ("place/jp-10",), "signed")}


def test_extract_agreements_paperwork_to_sign_is_planned(extract_text):
    r = extract_text("Hai bên thống nhất xúc tiến các thủ tục để ký kết thỏa thuận thiết lập quan hệ hữu nghị giữa TP Đà "
                     "Nẵng và tỉnh Okayama trong năm 2026.", title="Đà Nẵng và Okayama", date="2025-11-27")
    assert agreements(r) == {("province/vn-48-2025", ("place/jp-33",), "planned")}


def test_extract_agreements_a_document_just_signed_after_a_plan(extract_text):
    r = extract_text("Năm 2026, tỉnh Hà Tĩnh sẽ ưu tiên ký kết thỏa thuận hợp tác giai đoạn mới với tỉnh Bô-ly-khăm-xay, "
                     "triển khai hiệu quả biên bản ghi nhớ vừa ký với tỉnh Khăm Muồn.", date="2026-01-12")
    assert agreements(r) == {("province/vn-42", ("place/la-bl",), "planned"),
                             ("province/vn-42", ("place/la-kh",), "signed")}


def test_extract_agreements_a_joint_statement_and_a_document_carried_out_well(extract_text):
    joint = extract_text("Từ năm 2019, tỉnh Thừa Thiên Huế và bang Sachsen đã ký kết Tuyên bố chung về hợp tác giáo dục "
                         "nghề nghiệp.", date="2023-11-23")
    assert {(a.partners, a.status, a.agreement_type) for a in joint.agreements} == {
        (("place/de-sn",), "signed", "tuyên bố chung")}
    carried = extract_text("Với nước bạn Lào, tỉnh Bắc Giang tiếp tục triển khai hiệu quả Biên bản ghi nhớ hợp tác giai "
                           "đoạn 2021 – 2025 với tỉnh Luông Pha Băng.", date="2024-01-05")
    assert {(a.partners, a.status, a.period) for a in carried.agreements} == {(("place/la-lp",), "signed", (2021, 2025))}


def test_extract_agreements_a_cooperation_plan_signed_after_the_partner(extract_text):
    r = extract_text("Ngay sau buổi làm việc, đại diện UBND tỉnh Quảng Trị và UNICEF đã ký kết Kế hoạch hợp tác giai đoạn "
                     "2023-2025.", date="2023-03-16")
    assert {(a.partners, a.status, a.agreement_type, a.period) for a in r.agreements} == {
        (("org/unicef",), "signed", "kế hoạch hợp tác", (2023, 2025))}
