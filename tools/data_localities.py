"""Build kg/data/localities.tsv: the gazetteer of foreign localities.

Curated rows (Vietnamese press forms and variants) come from the tables below;
every other first-level subdivision of ISO 3166-2 is added from pycountry with
strict=1.  Run from the repository root:  python tools/data_localities.py
The output is deterministic.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "localities.tsv"
SOURCE = ("# source: ISO 3166-2 via pycountry (LGPL-2.1, data from the iso-codes project); "
          "Vietnamese transliterations curated for kg (CC0-1.0)")
HEADER = "id\tcountry\tname\tkind\tiso\taliases\tstrict"

# Not foreign localities here: Vietnam itself, and subdivisions that are also
# ISO 3166-1 countries/territories (Hong Kong, Macao, Taiwan, overseas France, ...):
# those are in the countries file.
SKIP_CODES = {
    "CN-HK", "CN-MO", "CN-TW",
    "FR-971", "FR-972", "FR-973", "FR-974", "FR-976",
    "FR-BL", "FR-MF", "FR-NC", "FR-PF", "FR-PM", "FR-TF", "FR-WF",
    "US-AS", "US-GU", "US-MP", "US-PR", "US-UM", "US-VI",
    "NL-AW", "NL-CW", "NL-SX", "NO-21", "NO-22",
}
SKIP_COUNTRIES = {"VN"}

# Each row: (id, name, kind, "alias|alias|...", strict).  The country is the id's prefix.
# ---------------------------------------------------------------- Laos
LA = [
    ("la-at", "Attapeu", "province", "Attapư|Atapư|Át-tạ-pư|Attapu|Attopeu|Atapeu|A-tạ-pư", 0),
    ("la-bk", "Bò Kẹo", "province", "Bokeo|Bokèo|Bò Keo|Bo Keo", 0),
    ("la-bl", "Bô-ly-khăm-xay", "province",
     "Bolikhămxay|Bolikhamxay|Bolikhamsai|Bolikhamxai|Borikhamxay|Borikhamsai|Bô-li-khăm-xay|Bô Ly Khăm Xay|"
     "Bôlikhămxay|Bolykhamxay", 0),
    ("la-ch", "Champasak", "province", "Champasack|Champassak|Chăm-pa-xắc|Chămpasắc|Chăm Pa Xắc|Champasắc|Chămpasak", 0),
    ("la-ho", "Hủa Phăn", "province", "Houaphanh|Houaphan|Huaphan|Hua Phan|Houa Phan|Hủa-phăn", 0),
    ("la-kh", "Khăm Muồn", "province", "Khăm Muộn|Khammouane|Khammuane|Khammouan|Khammuan|Khăm-muồn|Khămmuồn", 0),
    ("la-lm", "Luông Nặm Thà", "province",
     "Luang Namtha|Luang Nam Tha|Louang Namtha|Luổng Nặm Thà|Luông Năm Tha|Luang Namthà", 0),
    ("la-lp", "Luông Pha Băng", "province",
     "Luang Prabang|Luông Prabang|Luangprabang|Louangphabang|Luang Phabang|Louang Prabang|Luông-pha-băng|Luông Phạ Băng", 0),
    ("la-ou", "U-đôm-xay", "province", "Oudomxay|Udomxay|Oudomxai|Oudômxai|U Đôm Xay|Udomxai|Ou-đôm-xay|Uđômxay", 0),
    ("la-ph", "Phông-xa-lỳ", "province", "Phongsaly|Phongsali|Phông Xa Lỳ|Phôngsali|Phông-sa-lỳ|Phôngxalỳ|Phong Sa Ly", 0),
    ("la-sl", "Salavan", "province", "Saravane|Saravan|Xalavan|Xả-la-văn|Sa-la-văn|Xa-la-văn|Salavane|Xalavanh", 0),
    ("la-sv", "Savannakhet", "province",
     "Savanakhet|Xavannakhet|Xa-vẳn-na-khệt|Savẳnnakhệt|Savannakhét|Xavẳnnakhệt|Sa-vẳn-na-khệt|Savănnakhệt|Xa-van-na-khet", 0),
    ("la-vi", "Viêng Chăn", "province", "Vientiane Province|Viangchan Province|tỉnh Viêng Chăn|tỉnh Vientiane", 1),
    ("la-vt", "Thủ đô Viêng Chăn", "municipality",
     "Vientiane Capital|Vientiane|Viêng Chăn|Viengchan|Viangchan|Thủ đô Vientiane|Nakhone Vientiane|Vientiane Prefecture", 0),
    ("la-xa", "Xay-nha-bu-ly", "province",
     "Sayaboury|Xayabury|Xaignabouli|Xay Nha Bu Ly|Sainyabuli|Xayaboury|Sayabouly|Xainyabuli|Xaynhabuly|Xay-nhạ-bu-ly|Xaignabury", 0),
    ("la-xe", "Sê Kông", "province", "Sekong|Xê Kông|Xekong|Xékong|Sê-kông|Xê-kông", 0),
    ("la-xi", "Xiêng Khoảng", "province",
     "Xiengkhouang|Xieng Khouang|Xiêng Khouảng|Xiangkhouang|Xiêng-khoảng|Xieng Khuang|Xiengkhuang", 0),
    ("la-xs", "Xay-xổm-bun", "province", "Xaisomboun|Xaysomboun|Xaisômboun|Xaysomboune|Xay Xổm Bun|Saysomboun|Xaixomboun", 0),
]

# ---------------------------------------------------------------- China
CN = [
    ("cn-ah", "An Huy", "province", "Anhui|Anhwei", 0),
    ("cn-bj", "Bắc Kinh", "municipality", "Beijing|Peking|Pekin", 0),
    ("cn-cq", "Trùng Khánh", "municipality", "Chongqing|Chungking", 1),
    ("cn-fj", "Phúc Kiến", "province", "Fujian|Fukien", 0),
    ("cn-gd", "Quảng Đông", "province", "Guangdong|Kwangtung", 0),
    ("cn-gs", "Cam Túc", "province", "Gansu|Kansu", 0),
    ("cn-gx", "Quảng Tây", "region", "Guangxi|Kwangsi|Quảng Tây Choang|Khu tự trị dân tộc Choang Quảng Tây|Guangxi Zhuang", 0),
    ("cn-gz", "Quý Châu", "province", "Guizhou|Kweichow", 1),
    ("cn-ha", "Hà Nam", "province", "Henan|Honan", 1),
    ("cn-hb", "Hồ Bắc", "province", "Hubei|Hupeh", 0),
    ("cn-he", "Hà Bắc", "province", "Hebei|Hopeh", 1),
    ("cn-hi", "Hải Nam", "province", "Hainan|đảo Hải Nam", 0),
    ("cn-hl", "Hắc Long Giang", "province", "Heilongjiang|Heilungkiang", 0),
    ("cn-hn", "Hồ Nam", "province", "Hunan", 0),
    ("cn-jl", "Cát Lâm", "province", "Jilin|Kirin", 0),
    ("cn-js", "Giang Tô", "province", "Jiangsu|Kiangsu", 0),
    ("cn-jx", "Giang Tây", "province", "Jiangxi|Kiangsi", 0),
    ("cn-ln", "Liêu Ninh", "province", "Liaoning", 0),
    ("cn-nm", "Nội Mông", "region", "Nội Mông Cổ|Inner Mongolia|Nei Mongol|Neimenggu", 0),
    ("cn-nx", "Ninh Hạ", "region", "Ningxia|Ninh Hạ Hồi", 0),
    ("cn-qh", "Thanh Hải", "province", "Qinghai|Tsinghai", 1),
    ("cn-sc", "Tứ Xuyên", "province", "Sichuan|Szechuan|Szechwan", 0),
    ("cn-sd", "Sơn Đông", "province", "Shandong|Shantung", 1),
    ("cn-sh", "Thượng Hải", "municipality", "Shanghai", 0),
    ("cn-sn", "Thiểm Tây", "province", "Shaanxi|Shensi", 0),
    ("cn-sx", "Sơn Tây", "province", "Shanxi|Shansi", 1),
    ("cn-tj", "Thiên Tân", "municipality", "Tianjin|Tientsin", 0),
    ("cn-xj", "Tân Cương", "region", "Xinjiang|Sinkiang", 0),
    ("cn-xz", "Tây Tạng", "region", "Tibet|Xizang|Tibết", 0),
    ("cn-yn", "Vân Nam", "province", "Yunnan", 0),
    ("cn-zj", "Triết Giang", "province", "Chiết Giang|Zhejiang|Chekiang", 0),
]

# ---------------------------------------------------------------- South Korea
KR = [
    ("kr-11", "Seoul", "city", "Xơ-un|Xê-un|Xơ un|Seoul-teukbyeolsi", 0),
    ("kr-26", "Busan", "city", "Bu-san|Pusan|Busan-gwangyeoksi", 0),
    ("kr-27", "Daegu", "city", "Tê-gu|Taegu|Daegu-gwangyeoksi", 0),
    ("kr-28", "Incheon", "city", "In-chơn|Inchon|Incheon-gwangyeoksi", 0),
    ("kr-29", "Gwangju", "city", "Kwangju|Gwangju-gwangyeoksi", 0),
    ("kr-30", "Daejeon", "city", "Tê-chơn|Taejon|Daejeon-gwangyeoksi", 0),
    ("kr-31", "Ulsan", "city", "Un-san|Ulsan-gwangyeoksi", 0),
    ("kr-41", "Gyeonggi", "province", "Gyeonggi-do|Kyonggi|Kyeonggi|Kyunggi|Kyonggi-do", 0),
    ("kr-42", "Gangwon", "province", "Gangwon-do|Kangwon|Gangwon-teukbyeoljachido|Kang-won", 0),
    ("kr-43", "Chungcheongbuk-do", "province", "North Chungcheong|Chungcheong Bắc|Chungbuk|Chungcheongbuk|Bắc Chungcheong", 0),
    ("kr-44", "Chungcheongnam-do", "province", "South Chungcheong|Chungcheong Nam|Chungnam|Chungcheongnam|Nam Chungcheong", 0),
    ("kr-45", "Jeollabuk-do", "province",
     "North Jeolla|Jeolla Bắc|Jeonbuk|Jeollabuk|Chollabuk|Bắc Jeolla|Jeonbuk State|Jeonbuk-do", 0),
    ("kr-46", "Jeollanam-do", "province", "South Jeolla|Jeolla Nam|Jeonnam|Chonnam|Jeollanam|Chollanam|Nam Jeolla", 0),
    ("kr-47", "Gyeongsangbuk-do", "province",
     "North Gyeongsang|Gyeongsang Bắc|Gyeongbuk|Gyeongsangbuk|Kyongsangbuk|Bắc Gyeongsang", 0),
    ("kr-48", "Gyeongsangnam-do", "province",
     "South Gyeongsang|Gyeongsang Nam|Gyeongnam|Gyeongsangnam|Kyongsangnam|Nam Gyeongsang", 0),
    ("kr-49", "Jeju", "province", "Jeju-do|Che-ju|Cheju|Jeju-teukbyeoljachido|đảo Jeju|Tế Châu", 0),
    ("kr-50", "Sejong", "city", "Sejong City|thành phố Sejong", 1),
]
# Korean cities (c) and counties (g) without an ISO code: (slug-name, strict, extra aliases)
KR_LOCAL = [
    ("Seongnam", "c", 0, ""), ("Gyeongju", "c", 0, "Kyongju|Khánh Châu"), ("Namyangju", "c", 0, ""),
    ("Wando", "g", 0, ""), ("Suwon", "c", 0, "Su-won"), ("Goyang", "c", 0, "Koyang"), ("Yongin", "c", 0, ""),
    ("Changwon", "c", 0, ""), ("Pohang", "c", 0, "Po-hang"), ("Gimhae", "c", 0, "Kimhae"),
    ("Cheongju", "c", 0, "Chongju"), ("Jeonju", "c", 0, "Chonju"), ("Andong", "c", 0, ""), ("Gumi", "c", 1, "Kumi"),
    ("Ansan", "c", 0, ""), ("Hwaseong", "c", 0, ""), ("Gimpo", "c", 0, "Kimpo"), ("Uijeongbu", "c", 0, ""),
    ("Chuncheon", "c", 0, "Chunchon"), ("Gangneung", "c", 0, "Kangnung"), ("Yeosu", "c", 0, "Yosu"),
    ("Suncheon", "c", 0, ""), ("Mokpo", "c", 0, ""), ("Tongyeong", "c", 0, ""), ("Geoje", "c", 0, "Koje"),
    ("Gunsan", "c", 0, "Kunsan"), ("Cheonan", "c", 0, "Chonan"), ("Asan", "c", 1, ""), ("Paju", "c", 1, ""),
    ("Bucheon", "c", 0, "Puchon"), ("Anyang", "c", 1, ""), ("Siheung", "c", 0, ""), ("Pyeongtaek", "c", 0, ""),
    ("Iksan", "c", 0, ""), ("Jinju", "c", 0, "Chinju"), ("Yangsan", "c", 0, ""), ("Miryang", "c", 0, ""),
    ("Sokcho", "c", 0, ""), ("Wonju", "c", 0, ""), ("Jecheon", "c", 0, ""), ("Chungju", "c", 0, ""),
    ("Gwangmyeong", "c", 0, ""), ("Hanam", "c", 1, ""), ("Guri", "c", 1, ""), ("Osan", "c", 1, ""),
    ("Icheon", "c", 0, "Ichon"), ("Yeongcheon", "c", 0, ""), ("Gyeongsan", "c", 0, ""), ("Sangju", "c", 0, ""),
    ("Mungyeong", "c", 0, ""), ("Gimcheon", "c", 0, ""), ("Yeongju", "c", 0, ""), ("Damyang", "g", 0, ""),
    ("Boseong", "g", 0, ""), ("Haenam", "g", 0, ""), ("Jindo", "g", 1, ""), ("Goheung", "g", 0, ""),
    ("Hadong", "g", 1, ""), ("Namhae", "g", 0, ""), ("Sancheong", "g", 0, ""), ("Geochang", "g", 0, ""),
    ("Hapcheon", "g", 0, ""), ("Uljin", "g", 0, ""), ("Yeongdeok", "g", 0, ""), ("Cheongdo", "g", 0, ""),
    ("Seocheon", "g", 0, ""), ("Buyeo", "g", 0, ""), ("Gongju", "c", 0, ""), ("Nonsan", "c", 0, ""),
    ("Boryeong", "c", 0, ""), ("Taean", "g", 0, ""), ("Dangjin", "c", 0, ""), ("Seosan", "c", 0, ""),
    ("Hongseong", "g", 0, ""), ("Yesan", "g", 0, ""),
]

# ---------------------------------------------------------------- Japan
JP = [
    ("jp-01", "Hokkaido", "prefecture", "Hốc-cai-đô|Hokkaidō|Hốc Cai Đô", 0),
    ("jp-02", "Aomori", "prefecture", "", 0), ("jp-03", "Iwate", "prefecture", "", 0),
    ("jp-04", "Miyagi", "prefecture", "", 0), ("jp-05", "Akita", "prefecture", "", 0),
    ("jp-06", "Yamagata", "prefecture", "", 0), ("jp-07", "Fukushima", "prefecture", "Phu-cư-si-ma", 0),
    ("jp-08", "Ibaraki", "prefecture", "", 0), ("jp-09", "Tochigi", "prefecture", "", 0),
    ("jp-10", "Gunma", "prefecture", "", 0), ("jp-11", "Saitama", "prefecture", "", 0),
    ("jp-12", "Chiba", "prefecture", "", 0), ("jp-13", "Tokyo", "prefecture", "Tô-ky-ô|Tokio|Tōkyō|Đông Kinh", 0),
    ("jp-14", "Kanagawa", "prefecture", "Ca-na-ga-oa", 0), ("jp-15", "Niigata", "prefecture", "", 0),
    ("jp-16", "Toyama", "prefecture", "", 0), ("jp-17", "Ishikawa", "prefecture", "", 0),
    ("jp-18", "Fukui", "prefecture", "", 0), ("jp-19", "Yamanashi", "prefecture", "", 0),
    ("jp-20", "Nagano", "prefecture", "", 0), ("jp-21", "Gifu", "prefecture", "", 0),
    ("jp-22", "Shizuoka", "prefecture", "", 0), ("jp-23", "Aichi", "prefecture", "", 0),
    ("jp-24", "Mie", "prefecture", "", 1), ("jp-25", "Shiga", "prefecture", "", 0),
    ("jp-26", "Kyoto", "prefecture", "Kyōto|Ky-ô-tô|Kiôtô", 0), ("jp-27", "Osaka", "prefecture", "Ô-sa-ka|Ōsaka|Osaca", 0),
    ("jp-28", "Hyogo", "prefecture", "Hyōgo", 0), ("jp-29", "Nara", "prefecture", "", 0),
    ("jp-30", "Wakayama", "prefecture", "", 0), ("jp-31", "Tottori", "prefecture", "", 0),
    ("jp-32", "Shimane", "prefecture", "", 0), ("jp-33", "Okayama", "prefecture", "", 0),
    ("jp-34", "Hiroshima", "prefecture", "Hi-rô-si-ma", 0), ("jp-35", "Yamaguchi", "prefecture", "", 0),
    ("jp-36", "Tokushima", "prefecture", "", 0), ("jp-37", "Kagawa", "prefecture", "", 0),
    ("jp-38", "Ehime", "prefecture", "", 0), ("jp-39", "Kochi", "prefecture", "Kōchi", 0),
    ("jp-40", "Fukuoka", "prefecture", "Fu-cư-ô-ca", 0), ("jp-41", "Saga", "prefecture", "", 1),
    ("jp-42", "Nagasaki", "prefecture", "Na-ga-xa-ki", 0), ("jp-43", "Kumamoto", "prefecture", "", 0),
    ("jp-44", "Oita", "prefecture", "Ōita", 0), ("jp-45", "Miyazaki", "prefecture", "", 0),
    ("jp-46", "Kagoshima", "prefecture", "", 0), ("jp-47", "Okinawa", "prefecture", "Ô-ki-na-oa", 0),
]
JP_LOCAL = [
    ("Yokohama", "c", 0, "Y-ô-cô-ha-ma"), ("Kobe", "c", 0, "Kōbe"), ("Sapporo", "c", 0, ""),
    ("Sendai", "c", 0, ""), ("Kitakyushu", "c", 0, "Kitakyūshū"), ("Sakai", "c", 1, ""),
    ("Hamamatsu", "c", 0, ""), ("Nagoya", "c", 0, "Na-gô-ya"), ("Kanazawa", "c", 0, ""), ("Kawasaki", "c", 1, ""),
    ("Fukuyama", "c", 0, ""), ("Kurashiki", "c", 0, ""), ("Himeji", "c", 0, ""), ("Matsue", "c", 0, ""),
    ("Tsukuba", "c", 0, ""), ("Hakodate", "c", 0, ""), ("Hirosaki", "c", 0, ""), ("Sakata", "c", 0, ""),
    ("Imabari", "c", 0, ""), ("Beppu", "c", 0, ""), ("Nikko", "c", 0, "Nikkō"), ("Kamakura", "c", 0, ""),
    ("Hino", "c", 1, ""), ("Matsumoto", "c", 0, ""),
]


# Chinese cities (prefecture-level and county-level, mostly near the Vietnamese border).
# A row whose id is only a country code gets the id "{cc}-{slug of name}".
CN_LOCAL = [
    ("cn-guangzhou", "Quảng Châu", "city", "Guangzhou|Canton City", 0),
    ("cn-shenzhen", "Thâm Quyến", "city", "Shenzhen", 0),
    ("cn-kunming", "Côn Minh", "city", "Kunming", 0),
    ("cn-nanning", "Nam Ninh", "city", "Nanning", 0),
    ("cn-hangzhou", "Hàng Châu", "city", "Hangzhou", 0),
    ("cn-nanjing", "Nam Kinh", "city", "Nanjing|Nanking", 0),
    ("cn-wuhan", "Vũ Hán", "city", "Wuhan", 0),
    ("cn-chengdu", "Thành Đô", "city", "Chengdu", 0),
    ("cn-xian", "Tây An", "city", "Xi'an|Xian", 0),
    ("cn-xiamen", "Hạ Môn", "city", "Xiamen|Amoy", 0),
    ("cn-fangchenggang", "Phòng Thành Cảng", "city", "Fangchenggang|Phòng Thành", 0),
    ("cn-dongxing", "Đông Hưng", "city", "Dongxing", 1),
    ("cn-pingxiang", "Bằng Tường", "city", "Pingxiang", 0),
    ("cn-hekou", "Hà Khẩu", "county", "Hekou", 1),
    ("cn-chongzuo", "Sùng Tả", "city", "Chongzuo", 0),
    ("cn-baise", "Bách Sắc", "city", "Baise", 0),
    ("cn-wenshan", "Văn Sơn", "city", "Wenshan", 1),
    ("cn-honghe", "Hồng Hà", "city", "Honghe", 1),
    ("cn-qinzhou", "Khâm Châu", "city", "Qinzhou", 0),
    ("cn-beihai", "Bắc Hải", "city", "Beihai", 1),
    ("cn-mengzi", "Mông Tự", "city", "Mengzi", 0),
    ("cn-gejiu", "Cá Cựu", "city", "Gejiu", 0),
    ("cn-malipo", "Ma Lật Pha", "county", "Malipo", 0),
    ("cn-longzhou", "Long Châu", "county", "Longzhou", 1),
    ("cn-jingxi", "Tịnh Tây", "city", "Jingxi", 1),
    ("cn-qingdao", "Thanh Đảo", "city", "Qingdao|Tsingtao", 0),
    ("cn-dalian", "Đại Liên", "city", "Dalian", 0),
    ("cn-suzhou", "Tô Châu", "city", "Suzhou", 0),
    ("cn-ningbo", "Ninh Ba", "city", "Ningbo", 0),
    ("cn-changsha", "Trường Sa", "city", "Changsha", 1),
    ("cn-zhengzhou", "Trịnh Châu", "city", "Zhengzhou", 1),
    ("cn-shenyang", "Thẩm Dương", "city", "Shenyang", 1),
    ("cn-harbin", "Cáp Nhĩ Tân", "city", "Harbin", 0),
    ("cn-fuzhou", "Phúc Châu", "city", "Fuzhou", 0),
    ("cn-nanchang", "Nam Xương", "city", "Nanchang", 0),
    ("cn-guilin", "Quế Lâm", "city", "Guilin", 0),
    ("cn-liuzhou", "Liễu Châu", "city", "Liuzhou", 0),
    ("cn-wuzhou", "Ngô Châu", "city", "Wuzhou", 1),
    ("cn-yuxi", "Ngọc Khê", "city", "Yuxi", 1),
    ("cn-lijiang", "Lệ Giang", "city", "Lijiang", 1),
    ("cn-sanya", "Tam Á", "city", "Sanya", 0),
    ("cn-haikou", "Hải Khẩu", "city", "Haikou", 1),
    ("cn-zhuhai", "Chu Hải", "city", "Zhuhai", 1),
    ("cn-foshan", "Phật Sơn", "city", "Foshan", 0),
    ("cn-dongguan", "Đông Quản", "city", "Dongguan", 0),
    ("cn-shantou", "Sán Đầu", "city", "Shantou|Swatow", 0),
    ("cn-zhanjiang", "Trạm Giang", "city", "Zhanjiang", 0),
    ("cn-lanzhou", "Lan Châu", "city", "Lanzhou", 1),
    ("cn-shijiazhuang", "Thạch Gia Trang", "city", "Shijiazhuang", 0),
    ("cn-urumqi", "Urumqi", "city", "Ô Lỗ Mộc Tề|Urumchi|U-rum-si", 0),
    ("cn-lhasa", "Lhasa", "city", "Lạp Tát", 0),
    ("cn-hefei", "Hợp Phì", "city", "Hefei", 0),
    ("cn-jinan", "Tế Nam", "city", "Jinan", 0),
    ("cn-guiyang", "Quý Dương", "city", "Guiyang", 1),
    ("cn-changchun", "Trường Xuân", "city", "Changchun", 1),
    ("cn-hohhot", "Hô Hòa Hạo Đặc", "city", "Hohhot|Huhehaote", 0),
    ("cn-yinchuan", "Ngân Xuyên", "city", "Yinchuan", 0),
]

# ---------------------------------------------------------------- Cambodia
KH = [
    ("kh-1", "Banteay Meanchey", "province", "Banteay Mean Chey|Banteay Mean Choăy|Bantây Mean Chây|Băn-tê-ay Miên-chây", 0),
    ("kh-2", "Bát-tam-bang", "province", "Battambang|Bát Đom Boong|Battambong|Bát-đom-boong|Baat Dambang|Batdambang", 0),
    ("kh-3", "Công-pông Chàm", "province", "Kampong Cham|Kông Pông Chàm|Kompong Cham|Công Pông Chàm|Kampong Chaam|Kông-pông Chàm", 0),
    ("kh-4", "Kampong Chhnang", "province",
     "Công-pông Chnăng|Kông Pông Chhnăng|Kompong Chhnang|Công Pông Chhnăng|Kông-pông Chhnăng", 0),
    ("kh-5", "Kampong Speu", "province", "Công-pông Xpư|Kompong Speu|Kampong Spueu|Kông Pông Spư|Công Pông Spư", 0),
    ("kh-6", "Kampong Thom", "province", "Công-pông Thom|Kompong Thom|Kampong Thum|Kông Pông Thom|Công Pông Thom", 0),
    ("kh-7", "Căm-pốt", "province", "Kampot|Cam-pốt|Kăm-pốt|Campot|Kăm Pốt", 0),
    ("kh-8", "Kan-đan", "province", "Kandal|Kandaal|Kan Đan|Kanđan|Can-đan|Kan-đal", 0),
    ("kh-9", "Koh Kong", "province", "Kaoh Kong|Kôh Kông|Koh Kông|Kaoh Kông", 0),
    ("kh-10", "Kra-chê", "province", "Kratie|Kratié|Kracheh|Kratiê|Cra-chê|Krachê", 0),
    ("kh-11", "Mun-đun-ki-ri", "province", "Mondulkiri|Mondul Kiri|Mondol Kiri|Mundulkiri|Môn-đun-ki-ri|Mun-đul-ki-ri", 0),
    ("kh-12", "Phnôm Pênh", "municipality", "Phnom Penh|Phnom Pênh|Phnôm-pênh|Nam Vang|Phnum Penh", 0),
    ("kh-13", "Preah Vihear", "province", "Prê-ah Vi-hia|Preah Vihia|Prê Vihia|Prêah Vihia|Prê-ăh Vi-hia", 0),
    ("kh-14", "Prây Veng", "province", "Prey Veng|Prey Veaeng|Prây-veng", 0),
    ("kh-15", "Pursat", "province", "Pô-xát|Pousaat|Posat|Pouthisat|Pôxát|Pu-xát", 0),
    ("kh-16", "Ra-ta-na-ki-ri", "province", "Ratanakiri|Ratanak Kiri|Rotanak Kiri|Rattanakiri|Ratanakkiri|Rát-ta-na-ki-ri", 0),
    ("kh-17", "Xiêm Riệp", "province", "Siem Reap|Siem Riep|Siem Reab|Xiêm Rệp|Xiêm-riệp|Xiêm Riêp", 0),
    ("kh-18", "Preah Sihanouk", "province",
     "Xi-ha-núc-vin|Sihanoukville|Kampong Som|Kompong Som|Công-pông Xom|Xihanúcvin|Preah Xihanúc", 0),
    ("kh-19", "Stung Treng", "province", "Xtung Treng|Stueng Traeng|Stưng Treng|Xtơng Treng|Stoeng Treng", 0),
    ("kh-20", "Svây Riêng", "province", "Svay Rieng|Xvây Riêng|Svaay Rieng|Svay Riêng", 0),
    ("kh-21", "Ta-keo", "province", "Takeo|Tà Keo|Takéo|Taakaev|Tà-keo", 0),
    ("kh-22", "Oddar Meanchey", "province", "Otdar Mean Chey|Oddar Mean Chey|Ốt-đa Miên-chây|Uđô Miên Chây|Ôtđa Miênchây", 0),
    ("kh-23", "Kep", "province", "Kép|Kaeb|Kep City", 1),
    ("kh-24", "Pailin", "province", "Pai-lin|Pailinh|Pây-lin", 0),
    ("kh-25", "Tbong Khmum", "province", "Tbông Khmum|Tboung Khmum|Tbong Khmom|Tbông Khmun|Tbông Khmum", 0),
]

# ---------------------------------------------------------------- Thailand (77 provinces + Pattaya)
TH = [
    ("th-10", "Băng Cốc", "municipality", "Bangkok|Krung Thep|Krung Thep Maha Nakhon|Bang Cốc|Băng-cốc|Bangcốc", 0),
    ("th-11", "Samut Prakan", "province", "Samut Prakarn", 0),
    ("th-12", "Nonthaburi", "province", "", 0),
    ("th-13", "Pathum Thani", "province", "", 0),
    ("th-14", "Ayutthaya", "province", "Phra Nakhon Si Ayutthaya|Ayuthaya|A-dút-thay-a", 0),
    ("th-15", "Ang Thong", "province", "", 0),
    ("th-16", "Lopburi", "province", "Lop Buri", 0),
    ("th-17", "Sing Buri", "province", "", 0),
    ("th-18", "Chai Nat", "province", "Chainat", 0),
    ("th-19", "Saraburi", "province", "", 0),
    ("th-20", "Chonburi", "province", "Chon Buri|Chôn-bu-ri", 0),
    ("th-21", "Rayong", "province", "Ra-dong", 0),
    ("th-22", "Chanthaburi", "province", "Chăn-tha-bu-ri|Chantaburi", 0),
    ("th-23", "Trat", "province", "", 1),
    ("th-24", "Chachoengsao", "province", "", 0),
    ("th-25", "Prachinburi", "province", "Prachin Buri", 0),
    ("th-26", "Nakhon Nayok", "province", "", 0),
    ("th-27", "Sa Kaeo", "province", "Sakaeo|Sa Kèo", 0),
    ("th-30", "Nakhon Ratchasima", "province", "Korat|Na-khon Rát-cha-si-ma|Nakhôn Ratchasima", 0),
    ("th-31", "Buriram", "province", "Buri Ram", 0),
    ("th-32", "Surin", "province", "", 1),
    ("th-33", "Sisaket", "province", "Si Sa Ket|Srisaket|Si Xa Kết", 0),
    ("th-34", "Ubon Ratchathani", "province", "U-bon Rát-cha-tha-ni|Ubon|Ubonratchathani|U-bon|Ubon Rátchathani", 0),
    ("th-35", "Yasothon", "province", "", 0),
    ("th-36", "Chaiyaphum", "province", "", 0),
    ("th-37", "Amnat Charoen", "province", "", 0),
    ("th-38", "Bueng Kan", "province", "Bưng Kan|Bungkan|Bueng Kal|Bưng Kal|Beung Kan|Bung Kan", 0),
    ("th-39", "Nong Bua Lamphu", "province", "Nong Bua Lam Phu|Noọng Bua Lăm Phu", 0),
    ("th-40", "Khon Kaen", "province", "Khon Kèn|Khonkaen|Khỏn Kèn", 0),
    ("th-41", "Udon Thani", "province", "U-đon Tha-ni|Uđon Thani|Udonthani|U-đôn Tha-ni", 0),
    ("th-42", "Loei", "province", "Lơi|Lơ-i", 1),
    ("th-43", "Nong Khai", "province", "Noọng Khai|Nongkhai|Nọng Khai|Noọng Khải", 0),
    ("th-44", "Maha Sarakham", "province", "Mahasarakham", 0),
    ("th-45", "Roi Et", "province", "", 1),
    ("th-46", "Kalasin", "province", "Ka-la-xin", 0),
    ("th-47", "Sakon Nakhon", "province", "Xa-kon Na-khon|Sakon Nakhôn|Sakhon Nakhon|Xa-côn Na-khôn|Xakon Nakhon", 0),
    ("th-48", "Nakhon Phanom", "province", "Na-khon Pha-nôm|Nakhôn Phanôm|Nakhon Phanôm|Na-khôn Pha-nôm", 0),
    ("th-49", "Mukdahan", "province", "Mục-đa-hản|Mukđahan|Mục Đa Hản|Mukdahane", 0),
    ("th-50", "Chiang Mai", "province", "Chiềng Mai|Chieng Mai|Chiêng Mai", 0),
    ("th-51", "Lamphun", "province", "", 0),
    ("th-52", "Lampang", "province", "", 0),
    ("th-53", "Uttaradit", "province", "", 0),
    ("th-54", "Phrae", "province", "", 0),
    ("th-55", "Nan", "province", "", 1),
    ("th-56", "Phayao", "province", "", 0),
    ("th-57", "Chiang Rai", "province", "Chiềng Rai|Chiêng Rai", 0),
    ("th-58", "Mae Hong Son", "province", "", 0),
    ("th-60", "Nakhon Sawan", "province", "", 0),
    ("th-61", "Uthai Thani", "province", "", 0),
    ("th-62", "Kamphaeng Phet", "province", "", 0),
    ("th-63", "Tak", "province", "", 1),
    ("th-64", "Sukhothai", "province", "Sukhôthai|Su-khô-thai", 0),
    ("th-65", "Phitsanulok", "province", "", 0),
    ("th-66", "Phichit", "province", "", 0),
    ("th-67", "Phetchabun", "province", "", 0),
    ("th-70", "Ratchaburi", "province", "", 0),
    ("th-71", "Kanchanaburi", "province", "", 0),
    ("th-72", "Suphanburi", "province", "Suphan Buri", 0),
    ("th-73", "Nakhon Pathom", "province", "", 0),
    ("th-74", "Samut Sakhon", "province", "", 0),
    ("th-75", "Samut Songkhram", "province", "", 0),
    ("th-76", "Phetchaburi", "province", "", 0),
    ("th-77", "Prachuap Khiri Khan", "province", "", 0),
    ("th-80", "Nakhon Si Thammarat", "province", "", 0),
    ("th-81", "Krabi", "province", "", 0),
    ("th-82", "Phang Nga", "province", "Phangnga", 0),
    ("th-83", "Phuket", "province", "Phu-kẹt|Phukết|Phu Kẹt|Phu-ket", 0),
    ("th-84", "Surat Thani", "province", "", 0),
    ("th-85", "Ranong", "province", "", 0),
    ("th-86", "Chumphon", "province", "", 0),
    ("th-90", "Songkhla", "province", "", 0),
    ("th-91", "Satun", "province", "", 0),
    ("th-92", "Trang", "province", "", 1),
    ("th-93", "Phatthalung", "province", "", 0),
    ("th-94", "Pattani", "province", "", 0),
    ("th-95", "Yala", "province", "", 1),
    ("th-96", "Narathiwat", "province", "", 0),
    ("th-s", "Pattaya", "city", "Phatthaya|Pa-tay-a|Pattaya City", 0),
]

# ---------------------------------------------------------------- Germany
DE = [
    ("de-bb", "Brandenburg", "state", "Bran-đen-buốc|Brăng-đen-buốc", 0),
    ("de-be", "Berlin", "state", "Béc-lin|Bá Linh|Beclin", 0),
    ("de-bw", "Baden-Württemberg", "state", "Baden-Wuerttemberg|Baden-Wurttemberg", 0),
    ("de-by", "Bavaria", "state", "Bayern|Ba-vi-e|Ba-vi-a|bang Bavaria|Bavière", 0),
    ("de-hb", "Bremen", "state", "Brê-men", 0),
    ("de-he", "Hessen", "state", "Hesse|Hét-xen", 0),
    ("de-hh", "Hamburg", "state", "Hăm-buốc|Hambourg", 0),
    ("de-mv", "Mecklenburg-Vorpommern", "state", "Mecklenburg-Western Pomerania|Mecklenburg", 0),
    ("de-ni", "Niedersachsen", "state", "Lower Saxony|Hạ Saxony|Hạ Sachsen|Hạ Xắc-xô-ni", 0),
    ("de-nw", "Nordrhein-Westfalen", "state",
     "North Rhine-Westphalia|Northrhine-Westphalia|Bắc Rhine-Westphalia|Nordrhein Westfalen|NRW", 0),
    ("de-rp", "Rheinland-Pfalz", "state", "Rhineland-Palatinate|Rhénanie-Palatinat", 0),
    ("de-sh", "Schleswig-Holstein", "state", "", 0),
    ("de-sl", "Saarland", "state", "", 0),
    ("de-sn", "Sachsen", "state", "Saxony|Xắc-xô-ni|Saxônia|Xác-xô-ni|Saxonia|Free State of Saxony|Freistaat Sachsen", 0),
    ("de-st", "Sachsen-Anhalt", "state", "Saxony-Anhalt|Xắc-xô-ni-An-han", 0),
    ("de-th", "Thüringen", "state", "Thuringia|Thueringen|Thuringen|Thu-rin-gi-a|Tuy-rin-gen", 0),
    ("de-mittelsachsen", "Mittelsachsen", "district", "Landkreis Mittelsachsen|Trung Sachsen", 0),
    ("de", "Leipzig", "city", "Lai-xích|Lai-pxích|Laixích|Lai-pzích", 0),
    ("de", "Dresden", "city", "Drét-xđen|Đrét-xđen|Drezden|Đrét-đen", 0),
    ("de", "Chemnitz", "city", "Kem-nít", 0),
    ("de", "Erfurt", "city", "Ép-phuốc|Éc-phuốc", 0),
    ("de", "Potsdam", "city", "Pốt-xđam|Pốt-đam", 0),
    ("de", "Magdeburg", "city", "Mác-đơ-buốc", 0),
    ("de", "Frankfurt", "city", "Frankfurt am Main|Phrăng-phuốc|Frăng-phuốc|Francfort", 0),
    ("de", "München", "city", "Munich|Muy-ních|Munchen|Muenchen|Muy-ních", 0),
    ("de", "Köln", "city", "Cologne|Koeln|Koln|Cô-lô-nhơ", 0),
    ("de", "Düsseldorf", "city", "Duesseldorf|Dusseldorf|Đuýt-xen-đoóc", 0),
    ("de", "Stuttgart", "city", "Stút-ga|Stút-gát", 0),
    ("de", "Bonn", "city", "", 0),
    ("de", "Hannover", "city", "Hanover|Ha-nô-vơ", 0),
    ("de", "Karlsruhe", "city", "", 0),
    ("de", "Freiburg", "city", "Freiburg im Breisgau", 0),
    ("de", "Nuremberg", "city", "Nürnberg|Nurnberg|Nuernberg|Nu-rem-béc", 0),
    ("de", "Rostock", "city", "Rô-xtốc", 0),
]

# ---------------------------------------------------------------- Russia (curated; the rest from pycountry)
RU = [
    ("ru-mow", "Moskva", "city", "Moscow|Mát-xcơ-va|Matxcơva|Mạc Tư Khoa|Moscou|Mat-xcơ-va", 0),
    ("ru-mos", "Moscow Oblast", "region", "Moskovskaya oblast|tỉnh Moskva|vùng Moskva|Moscow Region|tỉnh Mát-xcơ-va", 0),
    ("ru-spe", "Xanh Pê-téc-bua", "city",
     "Saint Petersburg|St. Petersburg|St Petersburg|Sankt-Peterburg|Saint-Pétersbourg|Pê-téc-bua|Petersburg|Leningrad|"
     "Lê-nin-grát|Xanh Pêtécbua", 0),
    ("ru-len", "Leningrad Oblast", "region", "Leningradskaya oblast|tỉnh Leningrad|vùng Leningrad|tỉnh Lê-nin-grát", 0),
    ("ru-tul", "Tula", "region", "tỉnh Tula|Tula Oblast|Tulskaya oblast|Tun-la", 1),
    ("ru-uly", "Ulyanovsk", "region", "Ulianovsk|U-li-a-nốp|U-li-a-nốp-xcơ|Ulyanovsk Oblast|Ulyanovskaya oblast", 0),
    ("ru-ba", "Bashkortostan", "region", "Bashkiria|Bát-xcoóc-tô-xtan|Bashkiriya|Baskortostan|Cộng hòa Bashkortostan", 0),
    ("ru-ta", "Tatarstan", "region", "Ta-ta-xtan|Tatarxtan|Cộng hòa Tatarstan", 0),
    ("ru-sve", "Sverdlovsk", "region", "Xvéc-đlốp|Xvéc-đlốp-xcơ|Sverdlovsk Oblast|Sverdlovskaya oblast", 0),
    ("ru-pri", "Primorsky", "region",
     "Primorye|Pri-mo-ri-e|Primorsky Krai|Primorsky kray|Primorskiy kray|Primorie|Pri-mô-ri-e|Primorskiy|Primorsky Territory", 0),
    ("ru-vladivostok", "Vladivostok", "city", "Vla-đi-vô-xtốc|Vlađivôxtốc|Vlađivốtxtốc", 0),
    ("ru-yekaterinburg", "Yekaterinburg", "city", "Ekaterinburg|Ê-ca-tê-rin-bua|Ê-ca-tê-rin-bớc", 0),
    ("ru-kgd", "Kaliningrad", "region", "Ca-li-nin-grát|Kaliningrad Oblast", 0),
    ("ru-nvs", "Novosibirsk", "region", "Nô-vô-xi-biếc|Nô-vô-xi-biếc-xcơ|Novosibirsk Oblast", 0),
    ("ru-irk", "Irkutsk", "region", "I-cút-xcơ|I-éc-cút-xcơ|Irkutsk Oblast", 0),
    ("ru-kha", "Khabarovsk", "region", "Kha-ba-rốp|Kha-ba-rốp-xcơ|Khabarovsk Krai|Khabarovskiy kray", 0),
    ("ru-klu", "Kaluga", "region", "Ca-lu-ga|Kaluga Oblast", 0),
    ("ru-vor", "Voronezh", "region", "Vô-rô-ne-giơ|Voronezh Oblast", 0),
    ("ru-yar", "Yaroslavl", "region", "I-a-rô-xláp|Yaroslavl Oblast|Iaroslavl", 0),
    ("ru-krs", "Kursk", "region", "Cuốc-xcơ|Kursk Oblast", 0),
    ("ru-ore", "Orenburg", "region", "Ô-ren-bua|Orenburg Oblast", 0),
    ("ru-oms", "Omsk", "region", "Ôm-xcơ|Omsk Oblast", 0),
    ("ru-tom", "Tomsk", "region", "Tôm-xcơ|Tomsk Oblast", 0),
    ("ru-kya", "Krasnoyarsk", "region", "Cra-xnôi-a-xcơ|Krasnoyarsk Krai", 0),
    ("ru-sak", "Sakhalin", "region", "Xa-kha-lin|Sakhalin Oblast", 0),
    ("ru-tve", "Tver", "region", "Tver Oblast", 0),
    ("ru-iva", "Ivanovo", "region", "I-va-nô-vô|Ivanovo Oblast", 0),
    ("ru-niz", "Nizhny Novgorod", "region", "Nizhny Novgorod Oblast|Nizhni Novgorod|Nijni Novgorod|Nhi-giơ-nhi Nốp-gô-rốt", 0),
    ("ru-sam", "Samara", "region", "Xa-ma-ra|Samara Oblast", 0),
    ("ru-vgg", "Volgograd", "region", "Vôn-gô-grát|Volgograd Oblast|Stalingrad|Xta-lin-grát", 0),
    ("ru-ros", "Rostov", "region", "Rô-xtốp|Rostov Oblast|Rostov-on-Don|Rostov-na-Donu|Rô-xtốp trên sông Đông", 0),
    ("ru-kda", "Krasnodar", "region", "Cra-xnô-đa|Krasnodar Krai|Krasnodarsky kray", 0),
    ("ru-ce", "Chechnya", "region", "Chechnia|Chechen Republic|Trét-nhi-a|Chê-chen|Cộng hòa Chechnya", 0),
    ("ru-sa", "Yakutia", "region", "Sakha|Sakha Republic|Yakutiya|I-a-cút-ti-a|Cộng hòa Sakha", 0),
]

# ---------------------------------------------------------------- Kuwait
KW = [
    ("kw-ah", "Ahmadi", "governorate", "Al Ahmadi|Al-Ahmadi|Al Aḩmadī", 0),
    ("kw-fa", "Farwaniyah", "governorate", "Al Farwaniyah|Al-Farwaniyah|Phác-oa-ni-a|Farwania|Al Farwānīyah|Farwaniya", 0),
    ("kw-ha", "Hawalli", "governorate", "Hawally|Ha-oa-li|Ḩawallī", 0),
    ("kw-ja", "Jahra", "governorate", "Al Jahra|Al-Jahra|Al Jahrā’", 0),
    ("kw-ku", "Capital", "governorate", "Al Asimah|Al-Asimah|Al ‘Āşimah|Capital Governorate", 1),
    ("kw-mu", "Mubarak Al-Kabeer", "governorate", "Mubarak al Kabir|Mubārak al Kabīr|Mubarak Al Kabeer", 0),
    ("kw-kuwait-city", "Kuwait City", "city", "thành phố Kuwait|thành phố Cô-oét", 0),
]

# ---------------------------------------------------------------- United States (50 states + DC)
US = [
    ("us-al", "Alabama", "state", "A-la-ba-ma", 0), ("us-ak", "Alaska", "state", "A-la-xca|A-lát-xca", 0),
    ("us-az", "Arizona", "state", "A-ri-dô-na", 0), ("us-ar", "Arkansas", "state", "", 0),
    ("us-ca", "California", "state", "Ca-li-pho-ni-a|Ca-li|Cali|Ca-li-phoóc-ni-a|Califonia|Ca-li-phoóc-ni-a", 0),
    ("us-co", "Colorado", "state", "Cô-lô-ra-đô", 0), ("us-ct", "Connecticut", "state", "", 0),
    ("us-de", "Delaware", "state", "", 0), ("us-fl", "Florida", "state", "Phlo-ri-đa|Flo-ri-đa", 0),
    ("us-ga", "Georgia", "state", "bang Georgia", 1), ("us-hi", "Hawaii", "state", "Ha-oai|Hawai|Hạ Uy Di", 0),
    ("us-id", "Idaho", "state", "", 0), ("us-il", "Illinois", "state", "I-li-noi", 0),
    ("us-in", "Indiana", "state", "", 0), ("us-ia", "Iowa", "state", "", 0),
    ("us-ks", "Kansas", "state", "", 0), ("us-ky", "Kentucky", "state", "", 0),
    ("us-la", "Louisiana", "state", "Lu-i-di-a-na", 0), ("us-me", "Maine", "state", "", 1),
    ("us-md", "Maryland", "state", "Ma-ry-lan", 0), ("us-ma", "Massachusetts", "state", "Ma-xa-chu-xét", 0),
    ("us-mi", "Michigan", "state", "Mi-si-gân", 0), ("us-mn", "Minnesota", "state", "", 0),
    ("us-ms", "Mississippi", "state", "", 1), ("us-mo", "Missouri", "state", "", 1),
    ("us-mt", "Montana", "state", "", 0), ("us-ne", "Nebraska", "state", "", 0),
    ("us-nv", "Nevada", "state", "Nê-va-đa", 0), ("us-nh", "New Hampshire", "state", "", 0),
    ("us-nj", "New Jersey", "state", "Niu Giơ-di|Niu Jersey", 0), ("us-nm", "New Mexico", "state", "Niu Mê-hi-cô", 0),
    ("us-ny", "New York", "state", "Niu Oóc|Niu-oóc|Niu Yóoc|bang New York|New York State", 0),
    ("us-nc", "North Carolina", "state", "Bắc Carolina|Bắc Ca-rô-li-na", 0),
    ("us-nd", "North Dakota", "state", "Bắc Dakota", 0), ("us-oh", "Ohio", "state", "Ô-hai-ô", 0),
    ("us-ok", "Oklahoma", "state", "", 0), ("us-or", "Oregon", "state", "Ô-rê-gân|Ô-ri-gân", 0),
    ("us-pa", "Pennsylvania", "state", "Pen-xin-va-ni-a|Pen-xin-vê-ni-a", 0),
    ("us-ri", "Rhode Island", "state", "", 0),
    ("us-sc", "South Carolina", "state", "Nam Carolina|Nam Ca-rô-li-na", 0),
    ("us-sd", "South Dakota", "state", "Nam Dakota", 0), ("us-tn", "Tennessee", "state", "", 0),
    ("us-tx", "Texas", "state", "Tếch-dát|Te-xát|Têch-xát", 0), ("us-ut", "Utah", "state", "", 0),
    ("us-vt", "Vermont", "state", "", 0), ("us-va", "Virginia", "state", "bang Virginia", 1),
    ("us-wa", "Washington", "state", "bang Washington|Washington State", 1),
    ("us-wv", "West Virginia", "state", "Tây Virginia", 0), ("us-wi", "Wisconsin", "state", "", 0),
    ("us-wy", "Wyoming", "state", "", 0),
    ("us-dc", "Washington D.C.", "district",
     "Washington DC|Oa-sinh-tơn|Oasinhtơn|Oa-xinh-tơn|District of Columbia|Đặc khu Columbia|thủ đô Washington", 0),
    ("us-new-york-city", "New York City", "city", "thành phố New York|NYC|thành phố Niu Oóc", 0),
    ("us-orange-county", "Quận Cam", "county", "Orange County", 0),
    ("us", "Los Angeles", "city", "Lốt An-giơ-lét|Lốt An-giơ-lớt|Lôt Angiơlét", 0),
    ("us", "San Francisco", "city", "Xan Phran-xi-xcô|Cựu Kim Sơn|Xan-phran-xi-xcô", 0),
    ("us", "Seattle", "city", "Xi-át-tơn|Xi-a-tơn", 0),
    ("us", "Houston", "city", "Hiu-xtơn|Hiu-tơn", 0),
    ("us", "Chicago", "city", "Si-ca-gô|Chi-ca-gô", 0),
    ("us", "Boston", "city", "Bô-xtơn", 0),
    ("us", "San Jose", "city", "San José", 0),
    ("us", "San Diego", "city", "Xan Đi-ê-gô", 0),
    ("us", "Philadelphia", "city", "Phi-la-đen-phi-a", 0),
    ("us", "Las Vegas", "city", "Lát Vê-gát", 0),
    ("us", "Honolulu", "city", "Hô-nô-lu-lu", 0),
    ("us", "Atlanta", "city", "Át-lan-ta", 0),
    ("us", "Miami", "city", "Mai-a-mi", 0),
    ("us", "Dallas", "city", "", 0),
    ("us", "New Orleans", "city", "Niu Oóc-lin", 0),
]

# ---------------------------------------------------------------- France, Belgium, Czechia, Italy, Spain, ...
EU = [
    ("fr-idf", "Île-de-France", "region", "Ile de France|Ile-de-France|vùng Île-de-France|vùng thủ đô Paris", 0),
    ("fr-ara", "Auvergne-Rhône-Alpes", "region", "Auvergne Rhone Alpes|Auvergne-Rhone-Alpes", 0),
    ("fr-bfc", "Bourgogne-Franche-Comté", "region", "Bourgogne-Franche-Comte|Burgundy-Franche-Comté", 0),
    ("fr-bre", "Bretagne", "region", "Brittany|Brơ-ta-nhơ", 0),
    ("fr-cvl", "Centre-Val de Loire", "region", "Centre-Val-de-Loire", 0),
    ("fr-20r", "Corse", "region", "Corsica|Coóc-xơ|đảo Corse", 0),
    ("fr-ges", "Grand Est", "region", "Grand-Est", 0),
    ("fr-hdf", "Hauts-de-France", "region", "", 0),
    ("fr-nor", "Normandie", "region", "Normandy|Noóc-măng-đi|Normăngđi", 0),
    ("fr-naq", "Nouvelle-Aquitaine", "region", "Nouvelle Aquitaine|New Aquitaine|Aquitaine", 0),
    ("fr-occ", "Occitanie", "region", "Occitania", 0),
    ("fr-pdl", "Pays de la Loire", "region", "Pays-de-la-Loire", 0),
    ("fr-pac", "Provence-Alpes-Côte d'Azur", "region",
     "Provence-Alpes-Côte-d’Azur|Provence-Alpes-Cote d'Azur|PACA|Provence|Côte d'Azur", 0),
    ("fr", "Paris", "city", "Pa-ri|Pari", 0),
    ("fr", "Lyon", "city", "Li-ông|Lyông", 0),
    ("fr", "Marseille", "city", "Mác-xây|Marseilles", 0),
    ("fr", "Toulouse", "city", "Tu-lu-dơ", 0),
    ("fr", "Bordeaux", "city", "Boóc-đô", 0),
    ("fr", "Nice", "city", "", 1),
    ("fr", "Montreuil", "city", "", 0),
    ("be-wal", "Wallonie", "region", "Wallonia|Vùng Wallonie|Région wallonne|Walloon Region|Vùng Wallonia|Valonia", 0),
    ("be-vlg", "Flanders", "region", "Flandre|Vlaanderen|Vùng Flanders|Vlaams Gewest|Vùng Flandre|Flemish Region|Vùng Flamand", 0),
    ("be-bru", "Brussels", "region",
     "Brúc-xen|Bruxelles|Brussel|Brussels-Capital Region|Vùng thủ đô Brussels|Bruxelles-Capitale|Région de Bruxelles-Capitale", 0),
    ("be-wallonie-bruxelles", "Wallonie-Bruxelles", "region",
     "Fédération Wallonie-Bruxelles|Liên đoàn Wallonie-Bruxelles|Wallonia-Brussels Federation|Wallonie Bruxelles International|"
     "Cộng đồng Pháp ngữ Bỉ|Cộng đồng nói tiếng Pháp của Bỉ", 0),
    ("be", "Antwerp", "city", "Antwerpen|Anvers|An-tuốc-pen", 0),
    ("be", "Liège", "city", "Liege", 0),
    ("cz-10", "Praha", "city", "Prague|Pra-ha|Praag|Prag", 0),
    ("cz-20", "Central Bohemia", "region", "Středočeský kraj|Stredocesky|Trung Bohemia|Trung Séc|vùng Trung Bohemia", 0),
    ("cz-31", "South Bohemia", "region", "Jihočeský kraj|Jihocesky|Nam Bohemia|South Bohemian Region", 0),
    ("cz-32", "Plzeň", "region", "Plzen|Pilsen|Plzeňský kraj|Plzen Region|Pơn-dên", 0),
    ("cz-41", "Karlovy Vary", "region", "Karlovarský kraj|Karlovarsky|Karlovy Vary Region|Các-lô-vi Va-ri", 0),
    ("cz-42", "Ústí nad Labem", "region", "Usti nad Labem|Ústecký kraj|Ustecky", 0),
    ("cz-51", "Liberec", "region", "Liberecký kraj|Liberecky|Liberec Region", 0),
    ("cz-52", "Hradec Králové", "region", "Hradec Kralove|Královéhradecký kraj|Kralovehradecky", 0),
    ("cz-53", "Pardubice", "region", "Pardubický kraj|Pardubicky|Pardubice Region", 0),
    ("cz-63", "Vysočina", "region", "Vysocina|Kraj Vysočina", 0),
    ("cz-64", "South Moravia", "region", "Jihomoravský kraj|Jihomoravsky|Nam Moravia|South Moravian Region", 0),
    ("cz-71", "Olomouc", "region", "Olomoucký kraj|Olomoucky|Olomouc Region", 0),
    ("cz-72", "Zlín", "region", "Zlin|Zlínský kraj|Zlinsky", 0),
    ("cz-80", "Moravian-Silesian", "region", "Moravskoslezský kraj|Moravskoslezsky|Moravia-Silesia|Moravian-Silesian Region", 0),
    ("cz", "Brno", "city", "", 0),
    ("cz", "Ostrava", "city", "Ô-xtra-va", 0),
    ("it-21", "Piemonte", "region", "Piedmont", 0),
    ("it-23", "Valle d'Aosta", "region", "Aosta Valley|Vallée d'Aoste", 0),
    ("it-25", "Lombardia", "region", "Lombardy|Lom-bác-đi-a", 0),
    ("it-32", "Trentino-Alto Adige", "region", "Trentino-South Tyrol|Trentino-Südtirol|Trentino", 0),
    ("it-34", "Veneto", "region", "", 0),
    ("it-36", "Friuli Venezia Giulia", "region", "Friuli-Venezia Giulia", 0),
    ("it-42", "Liguria", "region", "", 0),
    ("it-45", "Emilia-Romagna", "region", "", 0),
    ("it-52", "Toscana", "region", "Tuscany", 0),
    ("it-55", "Umbria", "region", "", 0),
    ("it-57", "Marche", "region", "Marches", 1),
    ("it-62", "Lazio", "region", "Latium", 1),
    ("it-65", "Abruzzo", "region", "Abruzzi", 0),
    ("it-67", "Molise", "region", "", 0),
    ("it-72", "Campania", "region", "", 0),
    ("it-75", "Puglia", "region", "Apulia", 0),
    ("it-77", "Basilicata", "region", "", 0),
    ("it-78", "Calabria", "region", "", 0),
    ("it-82", "Sicilia", "region", "Sicily|Xi-xin|Xi-xi-li-a", 0),
    ("it-88", "Sardegna", "region", "Sardinia|Xác-đi-ni-a", 0),
    ("it", "Rome", "city", "Rô-ma|Roma", 0),
    ("it", "Milan", "city", "Milano|Mi-lan", 1),
    ("it", "Venice", "city", "Venezia|Vơ-ni-dơ|Venise", 0),
    ("it", "Florence", "city", "Firenze|Phlo-ren-xơ", 0),
    ("it", "Naples", "city", "Napoli|Na-pô-li", 0),
    ("it", "Turin", "city", "Torino|Tu-rin", 0),
    ("es-md", "Madrid", "region", "Ma-đrít|Comunidad de Madrid|Community of Madrid", 0),
    ("es-ct", "Catalonia", "region", "Catalunya|Cataluña|Ca-ta-lô-ni-a|Catalogne", 0),
    ("es-an", "Andalusia", "region", "Andalucía|Andalucia|An-đa-lu-xi-a", 0),
    ("es-pv", "Basque Country", "region", "País Vasco|Euskadi|xứ Basque", 0),
    ("es-vc", "Valencia", "region", "Comunidad Valenciana|Valencian Community|Va-len-xi-a", 1),
    ("es", "Barcelona", "city", "Bác-xê-lô-na", 1),
    ("pt-11", "Lisbon", "district", "Lisboa|Lít-xbon|Lix-bon|Lisbonne", 0),
    ("pt-13", "Porto", "district", "Oporto|Póc-tô", 0),
    ("nl", "Amsterdam", "city", "Am-xtéc-đam|Am-stéc-đam", 0),
    ("nl", "Rotterdam", "city", "Rốt-téc-đam", 0),
    ("nl", "The Hague", "city", "La Hay|Den Haag|La Haye|Lahay", 0),
    ("pl", "Warsaw", "city", "Vác-sa-va|Warszawa|Varsava|Vacsava", 0),
    ("pl", "Kraków", "city", "Krakow|Cracow|Cra-cốp", 0),
    ("ch-ge", "Geneva", "canton", "Giơ-ne-vơ|Genève|Genf|Giơnevơ|Geneve", 0),
    ("ch-zh", "Zürich", "canton", "Zurich|Duy-rích|Zuerich", 0),
    ("ch-be", "Bern", "canton", "Berne|Béc-nơ", 1),
    ("at-9", "Viên", "state", "Vienna|Wien|thủ đô Viên", 1),
    ("hu-bu", "Budapest", "city", "Bu-đa-pét|Bu-đa-pest|Budapét", 0),
    ("gb-eng", "England", "region", "xứ Anh", 0),
    ("gb-sct", "Scotland", "region", "Xcốt-len|Scotlen|Xcốtlen|Ê-cốt", 0),
    ("gb-wls", "Wales", "region", "xứ Wales|Cymru", 1),
    ("gb-nir", "Northern Ireland", "region", "Bắc Ireland|Bắc Ai-len|Bắc Ai len", 0),
    ("gb", "London", "city", "Luân Đôn|Lân-đơn|Luân-đôn|Londres", 0),
    ("gb", "Edinburgh", "city", "Ê-đin-bớc|Edinbourg", 0),
    ("gb", "Birmingham", "city", "Bơ-minh-hem", 0),
    ("gb", "Manchester", "city", "Man-chét-xtơ", 1),
    ("ua", "Kyiv", "city", "Kiev|Ki-ép|Kiép|Kyiv City", 0),
    ("by", "Minsk", "city", "Min-xcơ", 0),
    ("rs", "Belgrade", "city", "Beograd|Bê-ô-grát|Ben-grát", 0),
    ("ro", "Bucharest", "city", "București|Bucuresti|Bu-ca-rét", 0),
    ("bg", "Sofia", "city", "Xô-phi-a", 1),
    ("gr", "Athens", "city", "A-ten|Athina|Athènes", 0),
    ("se", "Stockholm", "city", "Xtốc-khôm|Stốckhôm", 0),
    ("no", "Oslo", "city", "Ô-xlô", 0),
    ("dk", "Copenhagen", "city", "Cô-pen-ha-gen|København|Copenhague", 0),
    ("fi", "Helsinki", "city", "Hen-xin-ki", 0),
]

# ---------------------------------------------------------------- Australia, Canada
AU_CA = [
    ("au-nsw", "New South Wales", "state", "Niu Xao Oên|Niu Nam Uên|Niu Xaothuên|bang New South Wales|NSW", 0),
    ("au-vic", "Victoria", "state", "bang Victoria|Vích-to-ri-a", 1),
    ("au-qld", "Queensland", "state", "Quyn-xlen|Quin-xlen|Queensland State", 0),
    ("au-wa", "Western Australia", "state", "Tây Úc|Tây Australia|Tây Ô-xtrây-li-a", 0),
    ("au-sa", "South Australia", "state", "Nam Úc|Nam Australia|Nam Ô-xtrây-li-a", 0),
    ("au-tas", "Tasmania", "state", "Ta-xma-ni-a|Tát-ma-ni-a", 0),
    ("au-nt", "Northern Territory", "region", "Lãnh thổ Bắc Úc|Vùng lãnh thổ phía Bắc|Bắc Úc|Northern Territory of Australia", 0),
    ("au-act", "Australian Capital Territory", "region", "Lãnh thổ Thủ đô Úc|Lãnh thổ Thủ đô Australia", 0),
    ("au", "Sydney", "city", "Xít-ni|Xit-ni|Xítni", 0),
    ("au", "Melbourne", "city", "Men-bơn|Menbơn", 0),
    ("au", "Canberra", "city", "Can-bê-ra|Canbêra", 0),
    ("au", "Brisbane", "city", "Bris-bên|Brít-bên", 0),
    ("au", "Perth", "city", "", 0),
    ("au", "Adelaide", "city", "A-đơ-lai", 0),
    ("au", "Darwin", "city", "Đác-uyn", 1),
    ("au", "Hobart", "city", "", 0),
    ("au", "Gold Coast", "city", "", 0),
    ("ca-on", "Ontario", "province", "Ôn-ta-ri-ô|On-ta-ri-ô", 0),
    ("ca-qc", "Quebec", "province", "Québec|Kê-béc|Kêbéc|Quê-béc", 0),
    ("ca-bc", "British Columbia", "province", "Bri-tít Cô-lôm-bi-a|Colombie-Britannique|British Colombia", 0),
    ("ca-ab", "Alberta", "province", "An-béc-ta|Anbécta", 0),
    ("ca-mb", "Manitoba", "province", "Ma-ni-tô-ba", 0),
    ("ca-sk", "Saskatchewan", "province", "", 0),
    ("ca-ns", "Nova Scotia", "province", "Nouvelle-Écosse", 0),
    ("ca-nb", "New Brunswick", "province", "Nouveau-Brunswick", 0),
    ("ca-pe", "Prince Edward Island", "province", "Đảo Hoàng tử Edward|Île-du-Prince-Édouard", 0),
    ("ca-nl", "Newfoundland and Labrador", "province", "Newfoundland|Newfoundland & Labrador|Terre-Neuve-et-Labrador", 0),
    ("ca-yt", "Yukon", "region", "", 0),
    ("ca-nt", "Northwest Territories", "region", "Lãnh thổ Tây Bắc|Territoires du Nord-Ouest", 0),
    ("ca-nu", "Nunavut", "region", "", 0),
    ("ca", "Toronto", "city", "Tô-rôn-tô|Tôrôntô", 0),
    ("ca", "Vancouver", "city", "Van-cu-vơ|Vancuvơ|Văn-cu-vơ", 0),
    ("ca", "Montreal", "city", "Montréal|Môn-trê-an|Mông-rê-an|Môngrêan", 0),
    ("ca", "Ottawa", "city", "Ốt-ta-oa|Ốttaoa", 0),
    ("ca", "Calgary", "city", "Can-ga-ri", 0),
]

# ---------------------------------------------------------------- Mongolia, India
MN_IN = [
    ("mn-1", "Ulaanbaatar", "city", "U-lan Ba-to|Ulan Bator|Ulan-Bator|Ulanbator|U-lan-ba-to|Ulaan Baatar", 0),
    ("mn-035", "Orkhon", "province", "Orhon", 0),
    ("mn-037", "Darkhan-Uul", "province", "Darhan uul|Darkhan Uul|Darkhan", 0),
    ("mn-039", "Khentii", "province", "Hentiy|Khentiy", 0),
    ("mn-041", "Khövsgöl", "province", "Hövsgöl|Hovsgol|Khuvsgul|Khovsgol", 0),
    ("mn-043", "Khovd", "province", "Hovd", 0),
    ("mn-046", "Uvs", "province", "", 1),
    ("mn-047", "Töv", "province", "Tov|Tuv", 1),
    ("mn-049", "Selenge", "province", "", 0),
    ("mn-051", "Sükhbaatar", "province", "Sühbaatar|Sukhbaatar", 1),
    ("mn-053", "Ömnögovi", "province", "Ömnögovĭ|Umnugovi|Omnogovi|South Gobi|Nam Gobi", 0),
    ("mn-055", "Övörkhangai", "province", "Övörhangay|Uvurkhangai|Ovorkhangai", 0),
    ("mn-057", "Zavkhan", "province", "Dzavhan|Zavhan", 0),
    ("mn-059", "Dundgovi", "province", "Dundgovĭ|Middle Gobi", 0),
    ("mn-061", "Dornod", "province", "", 0),
    ("mn-063", "Dornogovi", "province", "Dornogovĭ|East Gobi|Đông Gobi", 0),
    ("mn-064", "Govisümber", "province", "Govĭ-Sümber|Govisumber|Gobisumber", 0),
    ("mn-065", "Govi-Altai", "province", "Govĭ-Altay|Gobi-Altai|Govi-Altay", 0),
    ("mn-067", "Bulgan", "province", "", 1),
    ("mn-069", "Bayankhongor", "province", "Bayanhongor", 0),
    ("mn-071", "Bayan-Ölgii", "province", "Bayan-Ölgiy|Bayan-Olgii|Bayan Ulgii", 0),
    ("mn-073", "Arkhangai", "province", "Arhangay|Arkhangay", 0),
    ("in-an", "Andaman and Nicobar Islands", "region", "quần đảo Andaman và Nicobar|Andaman & Nicobar", 0),
    ("in-ap", "Andhra Pradesh", "state", "", 0),
    ("in-ar", "Arunachal Pradesh", "state", "Arunāchal Pradesh", 0),
    ("in-as", "Assam", "state", "Át-xam", 1),
    ("in-br", "Bihar", "state", "Bihār", 0),
    ("in-cg", "Chhattisgarh", "state", "Chhattīsgarh", 0),
    ("in-ch", "Chandigarh", "region", "Chandīgarh", 0),
    ("in-dh", "Dadra and Nagar Haveli and Daman and Diu", "region", "", 0),
    ("in-dl", "Delhi", "region", "New Delhi|Niu Đê-li|Đê-li|Niu Delhi|Niu Đêli|National Capital Territory of Delhi", 0),
    ("in-ga", "Goa", "state", "", 1),
    ("in-gj", "Gujarat", "state", "Gujarāt|Gu-gia-rát|Gujerat", 0),
    ("in-hp", "Himachal Pradesh", "state", "Himāchal Pradesh", 0),
    ("in-hr", "Haryana", "state", "Haryāna", 0),
    ("in-jh", "Jharkhand", "state", "Jhārkhand", 0),
    ("in-jk", "Jammu and Kashmir", "region", "Jammu và Kashmir|Jammu & Kashmir|Jammu-Kashmir", 0),
    ("in-ka", "Karnataka", "state", "Karnātaka", 0),
    ("in-kl", "Kerala", "state", "Kê-ra-la", 0),
    ("in-la", "Ladakh", "region", "Ladākh", 0),
    ("in-ld", "Lakshadweep", "region", "", 0),
    ("in-mh", "Maharashtra", "state", "Mahārāshtra|Ma-ha-rát-xtra", 0),
    ("in-ml", "Meghalaya", "state", "Meghālaya", 0),
    ("in-mn", "Manipur", "state", "", 0),
    ("in-mp", "Madhya Pradesh", "state", "", 0),
    ("in-mz", "Mizoram", "state", "", 0),
    ("in-nl", "Nagaland", "state", "Nāgāland", 0),
    ("in-od", "Odisha", "state", "Orissa", 0),
    ("in-pb", "Punjab", "state", "Pun-giáp", 1),
    ("in-py", "Puducherry", "region", "Pondicherry|Pondichéry", 0),
    ("in-rj", "Rajasthan", "state", "Rājasthān|Ra-gia-xtan", 0),
    ("in-sk", "Sikkim", "state", "", 0),
    ("in-tn", "Tamil Nadu", "state", "Tamil Nādu|Ta-min Na-đu", 0),
    ("in-tr", "Tripura", "state", "", 0),
    ("in-ts", "Telangana", "state", "Telangāna", 0),
    ("in-uk", "Uttarakhand", "state", "Uttarākhand|Uttaranchal", 0),
    ("in-up", "Uttar Pradesh", "state", "", 0),
    ("in-wb", "West Bengal", "state", "Tây Bengal|Tây Ben-gan", 0),
    ("in", "Mumbai", "city", "Bombay|Mum-bai", 0),
    ("in", "Kolkata", "city", "Calcutta|Côn-ca-ta|Can-cút-ta", 0),
    ("in", "Chennai", "city", "Madras|Chen-nai", 0),
    ("in", "Bengaluru", "city", "Bangalore|Ben-ga-lu-ru", 0),
    ("in", "Hyderabad", "city", "", 1),
    ("in", "Ahmedabad", "city", "", 0),
]

# ---------------------------------------------------------------- South-East Asia (besides LA, KH, TH)
SEA = [
    ("ph-00", "Metro Manila", "region", "National Capital Region|Vùng thủ đô Manila|Đại Manila", 0),
    ("ph", "Manila", "city", "Ma-ni-la|Maníla|thủ đô Manila", 0),
    ("ph", "Quezon City", "city", "thành phố Quezon", 0),
    ("ph", "Davao", "city", "Davao City|Đa-vao", 0),
    ("ph-ceb", "Cebu", "province", "Xê-bu|Cebu City", 0),
    ("ph-boh", "Bohol", "province", "", 0),
    ("ph-plw", "Palawan", "province", "Pa-la-oan", 0),
    ("ph-ili", "Iloilo", "province", "Iloilo City", 0),
    ("id-jk", "Jakarta", "province", "Gia-các-ta|Giacácta|DKI Jakarta|Jakarta Raya|Djakarta", 0),
    ("id-ba", "Bali", "province", "Ba-li|đảo Bali", 0),
    ("id-jb", "West Java", "province", "Jawa Barat|Tây Java|Tây Gia-va", 0),
    ("id-jt", "Central Java", "province", "Jawa Tengah|Trung Java", 0),
    ("id-ji", "East Java", "province", "Jawa Timur|Đông Java", 0),
    ("id-bt", "Banten", "province", "", 0),
    ("id-yo", "Yogyakarta", "province", "Jogjakarta|Jogja|Yogya|Giô-gia-các-ta|Daerah Istimewa Yogyakarta", 0),
    ("id-ac", "Aceh", "province", "Nanggroe Aceh Darussalam", 0),
    ("id-su", "North Sumatra", "province", "Sumatera Utara|Bắc Sumatra", 0),
    ("id-sb", "West Sumatra", "province", "Sumatera Barat|Tây Sumatra", 0),
    ("id-ss", "South Sumatra", "province", "Sumatera Selatan|Nam Sumatra", 0),
    ("id-ri", "Riau", "province", "", 1),
    ("id-kr", "Riau Islands", "province", "Kepulauan Riau|quần đảo Riau", 0),
    ("id-la", "Lampung", "province", "", 0),
    ("id-sn", "South Sulawesi", "province", "Sulawesi Selatan|Nam Sulawesi", 0),
    ("id-sa", "North Sulawesi", "province", "Sulawesi Utara|Bắc Sulawesi", 0),
    ("id-ki", "East Kalimantan", "province", "Kalimantan Timur|Đông Kalimantan", 0),
    ("id-kb", "West Kalimantan", "province", "Kalimantan Barat|Tây Kalimantan", 0),
    ("id-ks", "South Kalimantan", "province", "Kalimantan Selatan|Nam Kalimantan", 0),
    ("id-nb", "West Nusa Tenggara", "province", "Nusa Tenggara Barat|Tây Nusa Tenggara", 0),
    ("id-nt", "East Nusa Tenggara", "province", "Nusa Tenggara Timur|Đông Nusa Tenggara", 0),
    ("id", "Surabaya", "city", "Xu-ra-bay-a", 0),
    ("id", "Bandung", "city", "Băng-đung", 0),
    ("id", "Medan", "city", "Mê-đan", 0),
    ("id", "Batam", "city", "đảo Batam", 0),
    ("my-01", "Johor", "state", "Johore|Giô-ho", 0),
    ("my-02", "Kedah", "state", "", 0),
    ("my-03", "Kelantan", "state", "", 0),
    ("my-04", "Melaka", "state", "Malacca|Ma-lắc-ca|Malaka", 0),
    ("my-05", "Negeri Sembilan", "state", "", 0),
    ("my-06", "Pahang", "state", "", 0),
    ("my-07", "Penang", "state", "Pulau Pinang|Pê-năng|Pinang", 0),
    ("my-08", "Perak", "state", "", 0),
    ("my-09", "Perlis", "state", "", 0),
    ("my-10", "Selangor", "state", "Xê-lăng-go", 0),
    ("my-11", "Terengganu", "state", "Trengganu", 0),
    ("my-12", "Sabah", "state", "Xa-bah", 0),
    ("my-13", "Sarawak", "state", "Xa-ra-oắc", 0),
    ("my-14", "Kuala Lumpur", "city", "Cu-a-la Lăm-pơ|Cua-la Lăm-pơ|Wilayah Persekutuan Kuala Lumpur", 0),
    ("my-15", "Labuan", "region", "Wilayah Persekutuan Labuan", 0),
    ("my-16", "Putrajaya", "city", "Wilayah Persekutuan Putrajaya", 0),
    ("mm-06", "Yangon", "region", "Rangoon|Yan-gun|Ran-gun|Ragun", 0),
    ("mm-04", "Mandalay", "region", "Man-đa-lay", 0),
    ("mm-18", "Nay Pyi Taw", "region", "Naypyidaw|Nay Pyi Daw|Nây Pi Tô|Naypyitaw|Nê-pi-đô|Nay-pi-taw", 0),
    ("mm-17", "Shan", "state", "bang Shan", 1),
    ("mm-16", "Rakhine", "state", "Arakan|bang Rakhine", 0),
]

# ---------------------------------------------------------------- East Asia (Taiwan, North Korea), Middle East, Americas
OTHER = [
    ("tw-tpe", "Đài Bắc", "city", "Taipei|Đài-bắc", 0),
    ("tw-nwt", "Tân Bắc", "city", "New Taipei|Tân Đài Bắc", 0),
    ("tw-khh", "Cao Hùng", "city", "Kaohsiung", 1),
    ("tw-txg", "Đài Trung", "city", "Taichung", 0),
    ("tw-tao", "Đào Viên", "city", "Taoyuan", 0),
    ("tw-tnn", "Đài Nam", "city", "Tainan", 0),
    ("kp-01", "Bình Nhưỡng", "city", "Pyongyang|Phyeongyang|Piông-yang|Bình Nhưỡng", 0),
    ("kp-13", "Rason", "city", "Raseon|Rajin-Sonbong|Rajin Sonbong", 0),
    ("kp-15", "Kaesong", "city", "Kaeseong|Kê-xông", 0),
    ("ae-du", "Dubai", "emirate", "Đu-bai|Dubayy|Đubai", 0),
    ("ae-az", "Abu Dhabi", "emirate", "A-bu Đa-bi|Abu Đa-bi|Abū Z̧aby|Abu Zaby|Abudhabi", 0),
    ("ae-sh", "Sharjah", "emirate", "Ash Shāriqah|Sharja", 0),
    ("ae-aj", "Ajman", "emirate", "‘Ajmān", 0),
    ("ae-fu", "Fujairah", "emirate", "Al Fujayrah", 0),
    ("ae-rk", "Ras al-Khaimah", "emirate", "Ras al Khaimah|Ra’s al Khaymah|Ras Al Khaimah", 0),
    ("ae-uq", "Umm al-Quwain", "emirate", "Umm al Qaywayn|Umm Al Quwain", 0),
    ("qa-da", "Doha", "municipality", "Đô-ha|Ad Dawḩah|Ad Dawhah", 0),
    ("tr-34", "Istanbul", "province", "İstanbul|I-xtan-bun|Ixtanbun|Constantinople", 0),
    ("tr-06", "Ankara", "province", "An-ca-ra", 0),
    ("eg-c", "Cairo", "governorate", "Cai-rô|Cairô|Al Qahirah|Al Qāhirah|Le Caire", 0),
    ("sa", "Riyadh", "city", "Ri-át|Riyad", 0),
    ("il", "Tel Aviv", "city", "Ten A-víp|Tel-Aviv", 0),
    ("cu-03", "La Habana", "province", "Havana|Ha-va-na|Habana|La Ha-ba-na|Havane", 0),
    ("cu-01", "Pinar del Río", "province", "Pinar del Rio", 0),
    ("cu-04", "Matanzas", "province", "", 0),
    ("cu-05", "Villa Clara", "province", "", 0),
    ("cu-06", "Cienfuegos", "province", "Xiên-phu-ê-gốt", 0),
    ("cu-07", "Sancti Spíritus", "province", "Sancti Spiritus", 0),
    ("cu-08", "Ciego de Ávila", "province", "Ciego de Avila", 0),
    ("cu-09", "Camagüey", "province", "Camaguey", 0),
    ("cu-10", "Las Tunas", "province", "", 0),
    ("cu-11", "Holguín", "province", "Holguin", 0),
    ("cu-12", "Granma", "province", "", 1),
    ("cu-13", "Santiago de Cuba", "province", "Xan-ti-a-gô đơ Cu-ba", 0),
    ("cu-14", "Guantánamo", "province", "Guantanamo", 0),
    ("cu-15", "Artemisa", "province", "", 0),
    ("cu-16", "Mayabeque", "province", "", 0),
    ("cu-99", "Isla de la Juventud", "municipality", "Isle of Youth", 0),
    ("mx", "Mexico City", "city", "thành phố Mexico|thành phố Mê-hi-cô|Ciudad de México", 0),
    ("br", "São Paulo", "city", "Sao Paulo|Xao Pao-lô", 0),
    ("br", "Rio de Janeiro", "city", "Ri-ô đơ Gia-nê-rô", 0),
    ("ar", "Buenos Aires", "city", "Bu-ê-nốt Ai-rét", 0),
    ("cl", "Santiago", "city", "Xan-ti-a-gô|Santiago de Chile", 1),
    ("ve", "Caracas", "city", "Ca-ra-cát", 0),
    ("za", "Johannesburg", "city", "Giô-han-ne-xbớc", 0),
    ("ng", "Lagos", "city", "", 1),
    ("ke", "Nairobi", "city", "Nai-rô-bi", 0),
    ("nz", "Auckland", "city", "Ốc-len", 0),
    ("nz", "Wellington", "city", "Oen-linh-tơn", 1),
]

# ------------------------------------------------------------------- machinery
_OLD_STYLE = {  # new-style tone placement -> old style, open syllables only
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_RE = re.compile(r"(?<![qQ])(" + "|".join(_OLD_STYLE) + r")(?!\w)", re.IGNORECASE)


def old_style(s: str) -> str:
    s = unicodedata.normalize("NFC", s)

    def repl(m: re.Match) -> str:
        t = m.group(0)
        r = _OLD_STYLE[t.lower()]
        return r.upper() if t.isupper() else (r[0].upper() + r[1:] if t[0].isupper() else r)

    return _OLD_RE.sub(repl, s)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[\s\-‐‑–.'’ʼ‘`]", "", s)


def slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


_TYPE_KIND = {
    "province": "province", "autonomous province": "province", "special self-governing province": "province",
    "state": "state", "land": "state", "regional state": "state", "federal entity": "state",
    "prefecture": "prefecture", "economic prefecture": "prefecture",
    "region": "region", "administrative region": "region", "autonomous region": "region",
    "metropolitan region": "region", "geographical region": "region", "autonomous community": "region",
    "municipality": "municipality", "special municipality": "municipality", "autonomous municipality": "municipality",
    "urban municipality": "municipality",
    "city": "city", "capital city": "city", "metropolitan city": "city", "special city": "city",
    "special self-governing city": "city", "special administrative city": "city", "autonomous city": "city",
    "state city": "city", "capital": "city",
    "county": "county", "district": "district", "capital district": "district", "federal district": "district",
    "governorate": "governorate",
    "voivodship": "province", "oblast": "region", "republic": "region", "autonomous republic": "region",
    "administrative territory": "region", "autonomous district": "region", "territory": "region",
    "union territory": "region", "federal territory": "region", "capital territory": "region",
    "federal capital territory": "region", "rayon": "district", "city with county rights": "city",
    "city corporation": "city", "district with special status": "district",
}


def kind_of(sub_type: str) -> str:
    t = sub_type.lower()
    return _TYPE_KIND.get(t, re.sub(r"[^a-z]+", "_", t).strip("_"))


def iso_of(row_id: str) -> str:
    code = row_id.upper()
    return code if pycountry.subdivisions.get(code=code) is not None else ""


_INVERT = re.compile(r"\b(Respublika|Comunidad|Región|Région|Principado|Hlavní|U\.S\.|unitatea|Unitatea)\b")


def clean_iso_name(raw: str) -> tuple[str, list[str]]:
    """An ISO 3166-2 name made readable: "[local]" and "(note)" parts become aliases
    or are dropped, and inverted names ("Madrid, Comunidad de") are put right."""
    raw = unicodedata.normalize("NFC", raw)
    aliases: list[str] = []
    for inner in re.findall(r"\[([^\]]*)\]", raw):
        inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", inner).strip()
        if inner and inner.lower() not in {"city"}:
            aliases.append(inner)
    name = re.sub(r"\s*\[[^\]]*\]", "", raw)
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if ", " in name:
        head, tail = name.split(", ", 1)
        if _INVERT.search(tail):
            aliases.insert(0, head)
            name = f"{tail} {head}"
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    return name, aliases


def local_rows(country: str, table, kinds=None) -> list[tuple]:
    kinds = kinds or {"c": "city", "g": "county", "d": "district", "s": "state", "p": "province"}
    return [(f"{country}-{slug(name)}", name, kinds[k], aliases, strict) for name, k, strict, aliases in table]


def curated() -> list[tuple]:
    rows: list[tuple] = []
    for table in (LA, KH, TH, CN, CN_LOCAL, KR, JP, DE, RU, KW, US, EU, AU_CA, MN_IN, SEA, OTHER):
        rows += table
    rows += local_rows("kr", KR_LOCAL)
    rows += local_rows("jp", JP_LOCAL)
    return rows


def build() -> list[str]:
    out: dict[str, tuple] = {}
    for row_id, name, kind, aliases, strict in curated():
        if "-" not in row_id:
            row_id = f"{row_id}-{slug(name)}"
        assert row_id not in out, f"duplicate id {row_id}"
        country = row_id.split("-")[0].upper()
        name = old_style(name)
        alias_list = [old_style(a.strip()) for a in aliases.split("|") if a.strip()]
        seen = {name}
        alias_list = [a for a in alias_list if not (a in seen or seen.add(a))]
        out[row_id] = (row_id, country, name, kind, iso_of(row_id), "|".join(alias_list), str(strict))
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.code in SKIP_CODES or sub.country_code in SKIP_COUNTRIES:
            continue
        row_id = sub.code.lower()
        if row_id in out:
            continue
        name, aliases = clean_iso_name(sub.name)
        out[row_id] = (row_id, sub.country_code, name, kind_of(sub.type), sub.code, "|".join(aliases), "1")
    for row in out.values():
        for cell in row:
            assert "\t" not in cell and "\n" not in cell, row
    return ["\t".join(out[k]) for k in sorted(out)]


# Vietnamese place names no foreign alias may take without strict=1.
VN_NAMES = (
    "Hà Nam, Hà Nội, Lào Cai, Nam Định, Thái Bình, Thái Nguyên, Sơn La, Quảng Nam, Quảng Ninh, Bắc Ninh, Hòa Bình, "
    "Tây Ninh, Long An, Phú Yên, Gia Lai, Kon Tum, Lâm Đồng, Cao Bằng, Lạng Sơn, Hà Giang, Bắc Giang, Hải Dương, "
    "Hưng Yên, An Giang, Kiên Giang, Cà Mau, Bạc Liêu, Vĩnh Long, Bến Tre, Trà Vinh, Sóc Trăng, Cần Thơ, Đồng Tháp, "
    "Tiền Giang, Bình Dương, Bình Phước, Đồng Nai, Bình Thuận, Ninh Thuận, Khánh Hòa, Bình Định, Quảng Ngãi, "
    "Quảng Trị, Quảng Bình, Hà Tĩnh, Nghệ An, Thanh Hóa, Ninh Bình, Phú Thọ, Vĩnh Phúc, Tuyên Quang, Yên Bái, "
    "Bắc Kạn, Điện Biên, Lai Châu, Đắk Lắk, Đắk Nông, Hậu Giang, Đà Nẵng, Hải Phòng, Huế, Thừa Thiên Huế, Sơn Tây, "
    "Hà Đông, Sa Pa, Hạ Long, Vinh, Đà Lạt, Hồ Chí Minh, Sài Gòn, Bà Rịa, Vũng Tàu, Việt Nam"
).split(", ")


def _vietnamese_names() -> tuple[set[str], set[str]]:
    """Folded Vietnamese province names, and district names (from vietnamadminunits if installed)."""
    import importlib.util
    import json

    provinces = {fold(n) for n in VN_NAMES}
    districts: set[str] = set()
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec and spec.submodule_search_locations:
        data = Path(list(spec.submodule_search_locations)[0]) / "data" / "parser_legacy.json"
        if data.exists():
            d = json.loads(data.read_text(encoding="utf-8"))
            provinces |= {fold(v["provinceShort"]) for v in d["DICT_PROVINCE"].values()}
            for dists in d["DICT_PROVINCE_DISTRICT"].values():
                districts |= {fold(v["districtShort"]) for v in dists.values()}
    return provinces, districts - provinces


def check(lines: list[str]) -> list[str]:
    """Errors: a folded name on two strict=0 rows, or a strict=0 name that is a
    Vietnamese province.  Warnings (prefixed "warn"): strict=0 names that are
    Vietnamese district names."""
    provinces, districts = _vietnamese_names()
    owners: dict[str, set[str]] = {}
    problems: list[str] = []
    for line in lines:
        row_id, _c, name, _k, _i, aliases, strict = line.split("\t")
        for n in [name, *filter(None, aliases.split("|"))]:
            key = fold(n)
            if strict == "0":
                owners.setdefault(key, set()).add(row_id)
                if key in provinces:
                    problems.append(f"error: {row_id}: {n!r} is a Vietnamese province and strict=0")
                elif key in districts:
                    problems.append(f"warn: {row_id}: {n!r} is a Vietnamese district name")
    for key, ids in sorted(owners.items()):
        if len(ids) > 1:
            problems.append(f"error: {key!r} on strict=0 rows {sorted(ids)}")
    return problems


def main() -> int:
    lines = build()
    OUT.write_text("\n".join([SOURCE, HEADER, *lines]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} rows", file=sys.stderr)
    problems = check(lines)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if any(p.startswith("error") for p in problems) else 0


if __name__ == "__main__":
    raise SystemExit(main())
