"""Foreign names in no gazetteer: transliterations, English firm names, acronyms named once and used again."""

from conftest import pairs

from kg.extract import pipeline
from kg.extract.document import Doc, RefYear
from kg.io.reader import make_article


def test_recognise_new_names_hyphenated_transliteration_of_a_city(extract_text):
    r = extract_text("Đây là dự án hợp tác giữa TP Hải Phòng và TP Ki-ta-kiu-siu (Nhật Bản).", title="Hải Phòng hợp tác")
    [(province, partner)] = pairs(r)
    [city] = [e for e in r.new_entities if e.key == partner]
    assert (province, city.label, city.country) == ("province/vn-31", "Ki-ta-kiu-siu", "JP")


def test_recognise_new_names_english_words_after_the_first_make_a_firm_foreign(extract_text):
    r = extract_text("UBND thành phố Hà Nội hợp tác với Công ty Nikken Sekkei Civil Engineering Ltd lập quy hoạch.",
                     title="Hà Nội hợp tác quy hoạch")
    assert pairs(r) == {("province/vn-01", "company/nikken")}


def test_recognise_new_names_an_acronym_named_once_is_found_again(extractor):
    body = ("Đại sứ trao 6 triệu yên cho Hiệp hội thân thiện quốc tế Nhật Bản (JIFA) để hỗ trợ trẻ em nghèo. "
            "Số tiền trên sẽ được JIFA chuyển đến các trường.")
    article = make_article(f"Hỗ trợ trẻ em\n\n{body}", identifier="t", source_file="t.txt")
    doc = Doc(article=article, ref_year=RefYear(article))
    for name in ("segment", "recognise"):
        pipeline.STAGES[name](extractor, doc)
    assert [[k for _s, _e, k in f.partners if k.startswith("org/")] for _s, _e, _p, f in doc.raw[1:]] == [
        ["org/jifa"], ["org/jifa"]]


def test_recognise_new_names_a_gift_to_the_province_s_project(extract_text):
    r = extract_text("Sáng 30/6, UBND TP Đà Nẵng khai trương dịch vụ xe buýt công cộng. Dự án trang bị 8 xe buýt, "
                     "trong đó có 2 xe do Công ty ô tô Toyota Việt Nam trao tặng.", title="Đà Nẵng khai trương xe buýt")
    assert ("province/vn-48", "company/toyota") in pairs(r)


def test_recognise_new_names_a_firm_named_by_its_foreign_legal_form(extract_text):
    r = extract_text("UBND tỉnh Long An trao giấy chứng nhận đầu tư cho Hansol Technics Co., Ltd. (Hàn Quốc). "
                     "Chủ đầu tư dự án điện mặt trời của tỉnh là Cty BS Heidelberg Solar GmbH (Đức).",
                     title="Long An thu hút đầu tư")
    found = {(e.key, e.label, e.country) for e in r.new_entities}
    assert {("company/hansol-technics", "Hansol Technics", "KR"),
            ("company/bs-heidelberg-solar", "BS Heidelberg Solar", "DE")} <= found
    # a name that opens with a Vietnamese syllable is a Vietnamese firm's English name
    home = extract_text("UBND tỉnh Bình Dương làm việc với Hoa Phat Steel Co., Ltd về dự án.", title="Bình Dương thu hút đầu tư")
    assert home.partnerships == ()


def test_recognise_new_names_a_known_body_named_with_its_head_word_is_not_new(extract_text):
    r = extract_text("Ngày 5/11, UBND tỉnh Hà Giang đã tiếp nhận khoản viện trợ 300.000 USD từ Quỹ Rockefeller (Hoa Kỳ) "
                     "để xây dựng trường học.", title="Hà Giang nhận viện trợ", date="2024-11-06")
    assert {p.partner for p in r.partnerships} == {"org/rockefeller-foundation"}


def test_recognise_new_names_a_firm_described_before_its_name_or_named_up_to_its_bracket(extract_text):
    r = extract_text("UBND tỉnh Bắc Giang trao giấy chứng nhận đầu tư cho Công ty TNHH Vật liệu điện tử Zhongxin (Trung Quốc) "
                     "và Công ty TNHH Dae Sung Vina (Hàn Quốc).", title="Bắc Giang thu hút đầu tư", date="2024-05-02")
    found = {(e.key, e.label, e.country) for e in r.new_entities}
    assert found >= {("company/zhongxin", "Zhongxin", "CN"), ("company/dae-sung-vina", "Dae Sung Vina", "KR")}
    # a Vietnamese firm described the same way is not foreign
    home = extract_text("UBND tỉnh Bắc Giang làm việc với Công ty TNHH Sản xuất Hoa Sen (Việt Nam).", title="Bắc Giang")
    assert home.partnerships == ()


def test_recognise_new_names_a_list_of_a_country_s_firms(extract_text):
    r = extract_text("Sáng 21/10, lãnh đạo thành phố Đà Nẵng trao giấy chứng nhận đăng ký đầu tư cho 3 dự án của doanh "
                     "nghiệp Nhật Bản, gồm: Công ty Hokuriku Denshi (linh kiện điện tử), Công ty Aoba Precision Molding "
                     "(khuôn mẫu) và Công ty Sanwa Software Lab.", title="Đà Nẵng thu hút đầu tư", date="2025-10-22")
    assert {(e.key, e.country) for e in r.new_entities} == {
        ("company/hokuriku-denshi", "JP"), ("company/aoba-precision-molding", "JP"), ("company/sanwa", "JP")}
    # no country heads the list: nothing says the firms are foreign
    plain = extract_text("Lãnh đạo thành phố Đà Nẵng trao giấy chứng nhận đầu tư cho 2 dự án, gồm: Công ty Hokuriku Denshi "
                         "(linh kiện điện tử) và Công ty Aoba Precision Molding.", date="2025-10-22")
    assert plain.new_entities == ()


def test_recognise_new_names_the_country_that_has_the_projects(extractor):
    body = "Nhật Bản có 2 dự án của Công ty TNHH Nishimura Seiki và Công ty TNHH Tamagawa Filter."
    article = make_article(f"Phú Thọ thu hút FDI\n\n{body}", identifier="t", source_file="t.txt")
    doc = Doc(article=article, ref_year=RefYear(article))
    for name in ("segment", "recognise"):
        pipeline.STAGES[name](extractor, doc)
    assert {(k, e.country) for _s, _e, _p, f in doc.raw for k, e in f.new_entities.items()} == {
        ("company/nishimura", "JP"), ("company/tamagawa", "JP")}


def test_recognise_new_names_words_of_a_bracketed_body_are_not_firms(extract_text):
    r = extract_text("UBND thành phố Đà Nẵng ký biên bản ghi nhớ với Ngân hàng Sumitomo Mitsui (SMBC) về thu xếp vốn.",
                     title="Đà Nẵng", date="2025-10-22")
    assert {q for _p, q in pairs(r)} == {"company/smbc"}


def test_recognise_new_names_latin_names_with_joining_words_and_a_place(extract_text):
    r = extract_text("Tỉnh Long An trao chứng nhận đầu tư cho dự án kho lạnh của Công ty Van der Meulen Cold Chain (Hà Lan) và "
                     "nhà máy pin mặt trời của Công ty Jiangsu Huaxin New Energy (Trung Quốc).",
                     title="Long An thu hút FDI", date="2024-10-11")
    assert {(e.label, e.country) for e in r.new_entities} == {
        ("Van der Meulen Cold Chain", "NL"), ("Jiangsu Huaxin New Energy", "CN")}
