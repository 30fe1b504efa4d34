"""Foreign bodies found by a head word and a foreign-script name, on texts written for these tests."""

from conftest import pairs


def test_bodies_acronym_after_a_world_description(extract_text):
    r = extract_text("Chiều 8-5, Sở Du lịch thành phố Đà Nẵng phối hợp cùng Tổ chức Du lịch Golf thế giới IAGTO "
                     "tổ chức hội thảo quốc tế.", title="Đà Nẵng hợp tác phát triển du lịch golf")
    assert pairs(r) == {("province/vn-48", "org/iagto")}
    [body] = [e for e in r.new_entities if e.key == "org/iagto"]
    assert (body.kind, body.label, body.acronym) == ("organisation", "IAGTO", "IAGTO")


def test_bodies_country_in_brackets_after_the_name(extract_text):
    r = extract_text("Hội thi do Hiệp hội INTERKULTUR (CHLB Đức) phối hợp với UBND TP Hội An, tỉnh Quảng Nam tổ chức.",
                     title="Quảng Nam hợp tác tổ chức hội thi hợp xướng quốc tế")
    assert ("province/vn-49", "org/interkultur") in pairs(r)
    [body] = [e for e in r.new_entities if e.key == "org/interkultur"]
    assert (body.kind, body.country) == ("ngo", "DE")


def test_bodies_vietnamese_acronyms_and_bodies_with_no_foreign_sign_are_not_partners(extract_text):
    r = extract_text("UBND tỉnh Nghệ An làm việc với Công ty TNHH MTV ABC và Hiệp hội VINASME về dự án hợp tác.",
                     title="Nghệ An hợp tác đầu tư")
    assert pairs(r) == set()


def test_bodies_a_school_in_foreign_spelling_with_its_country(extract_text):
    r = extract_text("UBND TP Hà Nội đề nghị Sở GD&ĐT khẩn trương đàm phán với Trường Đại học Cambridge (Anh) để đưa "
                     "chương trình đào tạo vào trường THPT Chu Văn An.", title="Hà Nội đổi mới giáo dục")
    assert pairs(r) == {("province/vn-01", "org/dai-hoc-cambridge")}
    [body] = [e for e in r.new_entities if e.key == "org/dai-hoc-cambridge"]
    assert (body.kind, body.label, body.country) == ("organisation", "Đại học Cambridge", "GB")


def test_bodies_a_capitalised_vietnamese_word_is_no_foreign_name(extract_text):
    # "Trường Đại học Vinh" and "Học viện Nông nghiệp" spell Vietnamese syllables: no foreign body
    r = extract_text("UBND tỉnh Nghệ An hợp tác với Trường Đại học Vinh (Nghệ An) và Học viện Hoa (Hà Nội).",
                     title="Nghệ An hợp tác đào tạo")
    assert pairs(r) == set()
    # "Hàn" in "Hàn lâm" is no Korea, and a body whose name "Việt Nam" ends is Vietnamese
    academy = extract_text("Chủ tịch Viện Hàn lâm KHXH Việt Nam cam kết sẽ hỗ trợ UBND tỉnh Nghệ An.",
                           title="Nghệ An hợp tác nghiên cứu")
    assert pairs(academy) == set()


def test_bodies_a_school_that_names_its_kind_before_its_foreign_name(extract_text):
    r = extract_text("UBND TP Cần Thơ và Đại học Quốc gia Kyungpook (Hàn Quốc) đã ký kết thỏa thuận hợp tác đào tạo.",
                     title="Cần Thơ hợp tác đào tạo")
    assert pairs(r) == {("province/vn-92", "org/dai-hoc-quoc-gia-kyungpook")}
    [body] = [e for e in r.new_entities if e.key == "org/dai-hoc-quoc-gia-kyungpook"]
    assert (body.label, body.country) == ("Đại học Quốc gia Kyungpook", "KR")


def test_bodies_a_name_in_vietnamese_words_with_its_country_in_brackets(extract_text):
    r = extract_text("Trong năm, Quỹ Hạt giống Hy vọng (Hàn Quốc) tài trợ xây dựng 3 điểm trường ở tỉnh Cao Bằng; Quỹ Hy "
                     "vọng Xanh (Green Hope Foundation, Úc) hỗ trợ mô hình sinh kế.", date="2026-03-20")
    assert pairs(r) == {("province/vn-04", "org/quy-hat-giong-hy-vong"), ("province/vn-04", "org/quy-hy-vong-xanh")}
    assert {(e.label, e.kind, e.country) for e in r.new_entities} == {
        ("Quỹ Hạt giống Hy vọng", "ngo", "KR"), ("Quỹ Hy vọng Xanh", "ngo", "AU")}
    # an event's name is no body, nor is a name in lower case, nor a Vietnamese body
    for text in ("Tỉnh Lạng Sơn tham gia Hội chợ Thương mại Quốc tế (Trung Quốc) và ký kết hợp tác.",
                 "Tỉnh Cao Bằng nhận tài trợ của quỹ hạt giống hy vọng (Hàn Quốc).",
                 "Quỹ Bảo trợ trẻ em (Việt Nam) tài trợ 3 điểm trường ở tỉnh Cao Bằng."):
        assert not [e for e in extract_text(text).new_entities if e.key.startswith("org/")], text


def test_bodies_a_vietnamese_city_and_its_partner_are_no_translated_body(extract_text):
    r = extract_text("TP Đà Nẵng nâng quan hệ giữa Hội An với thành phố Sainte-Maxime (Pháp) lên thỏa thuận hợp tác hữu nghị.",
                     date="2025-12-24")
    assert not [e for e in r.new_entities if e.key.startswith("org/")]
