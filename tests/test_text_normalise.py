import unicodedata

from kg.text import fold, normalise, slug


def test_text_normalise_moves_tone_marks_to_the_old_position():
    assert normalise("hoà bình, thoả thuận, Thuỷ, uỷ ban, Khánh Hoà").text == "hòa bình, thỏa thuận, Thủy, ủy ban, Khánh Hòa"


def test_text_normalise_keeps_marks_inside_syllables_and_after_q():
    assert normalise("hoàn thành quý khoẻ").text == "hoàn thành quý khỏe"


def test_text_normalise_maps_offsets_back_to_decomposed_input():
    raw = unicodedata.normalize("NFD", "Hủa Phăn (Lào)")
    n = normalise(raw)
    assert n.text == "Hủa Phăn (Lào)"
    assert len(raw) > len(n.text)
    start = n.text.index("Lào")
    assert raw[n.original_offset(start) : n.original_offset(start + 3 - 1) + 1] == unicodedata.normalize("NFD", "Lào")


def test_text_normalise_is_identity_on_clean_text():
    n = normalise("Thanh Hóa ký kết với Hủa Phăn")
    assert n.origin is None and n.original_offset(7) == 7


def test_text_fold_joins_spelling_variants():
    assert fold("Bô-ly-khăm-xay") == fold("Bôlykhămxay") == "bolykhamxay"
    assert fold("Cô-oét") == fold("Cô oét") == "cooet"
    assert fold("Đắk Lắk") == "daklak"


def test_text_slug_is_ascii():
    assert slug("Hủa Phăn") == "hua-phan"
    assert slug("Thừa Thiên - Huế") == "thua-thien-hue"
