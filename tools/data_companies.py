"""Write kg/data/companies.tsv: foreign companies that invest in, trade with or
sign agreements with Vietnamese provinces.

The curated table is held below as compact tuples
``(id, name, country, aliases, strict)`` where ``aliases`` is one
``|``-separated string and ``strict`` is 1 when the name is also an ordinary
word, a Vietnamese word/name/place or very short.  Names are bare (heads such
as "Tập đoàn", "Công ty" are handled by code).  Vietnamese companies and
Vietnamese-foreign joint ventures are excluded.  Running the script rewrites
the .tsv deterministically (rows sorted by id, NFC, old-style tone marks) and
checks that no folded name equals a province's or a country's name.

Usage: python tools/data_companies.py
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from kg.text import fold, normalise_text  # noqa: E402

DATA = ROOT / "kg" / "data"
OUT = DATA / "companies.tsv"
SOURCE = "# source: curated for kg from the companies' own published names (CC0-1.0)"
HEADER = ("id", "name", "country", "aliases", "strict")

# fmt: off
ROWS: list[tuple[str, str, str, str, int]] = [
    # ---- Korea ------------------------------------------------------------------
    ("samsung", "Samsung", "KR", "Samsung Group", 0),
    ("samsung-electronics", "Samsung Electronics", "KR", "Samsung Electronics Vietnam|SEVT", 0),
    ("samsung-display", "Samsung Display", "KR", "Samsung Display Vietnam", 0),
    ("samsung-electro-mechanics", "Samsung Electro-Mechanics", "KR", "Samsung Electro Mechanics|SEMV", 0),
    ("samsung-sdi", "Samsung SDI", "KR", "", 0),
    ("samsung-c-t", "Samsung C&T", "KR", "Samsung C and T", 0),
    ("samsung-heavy-industries", "Samsung Heavy Industries", "KR", "", 0),
    ("lg", "LG", "KR", "LG Group|LG Corp", 0),
    ("lg-electronics", "LG Electronics", "KR", "LG Electronics Vietnam|LGEVH", 0),
    ("lg-display", "LG Display", "KR", "LG Display Vietnam", 0),
    ("lg-innotek", "LG Innotek", "KR", "LG Innotek Vietnam", 0),
    ("lg-chem", "LG Chem", "KR", "", 0),
    ("lg-energy-solution", "LG Energy Solution", "KR", "LGES", 0),
    ("hyundai", "Hyundai", "KR", "Hyundai Motor Group", 0),
    ("hyundai-motor", "Hyundai Motor", "KR", "Hyundai Motor Company", 0),
    ("hyundai-heavy-industries", "Hyundai Heavy Industries", "KR", "HD Hyundai|HD Hyundai Heavy Industries", 0),
    ("hyundai-e-c", "Hyundai E&C", "KR", "Hyundai Engineering & Construction|Hyundai Engineering and Construction", 0),
    ("hyundai-engineering", "Hyundai Engineering", "KR", "", 0),
    ("kia", "Kia", "KR", "Kia Motors|Kia Corporation", 1),
    ("doosan", "Doosan", "KR", "Doosan Group", 0),
    ("doosan-enerbility", "Doosan Enerbility", "KR", "Doosan Heavy Industries|Doosan Heavy Industries & Construction|Doosan Vina", 0),
    ("hyosung", "Hyosung", "KR", "Hyosung Group|Hyosung Corporation|Hyosung Vietnam|Hyosung Heavy Industries", 0),
    ("posco", "Posco", "KR", "POSCO|Posco Holdings|POSCO Holdings", 0),
    ("posco-e-c", "Posco E&C", "KR", "POSCO E&C|Posco Engineering & Construction", 0),
    ("posco-international", "Posco International", "KR", "POSCO International", 0),
    ("lotte", "Lotte", "KR", "Lotte Group", 0),
    ("lotte-mart", "Lotte Mart", "KR", "Lotte Mart Vietnam", 0),
    ("lotte-e-c", "Lotte E&C", "KR", "Lotte Engineering & Construction", 0),
    ("lotte-chemical", "Lotte Chemical", "KR", "", 0),
    ("lotte-properties", "Lotte Properties", "KR", "Lotte Properties & Development", 0),
    ("gs", "GS", "KR", "GS Group", 1),
    ("gs-e-c", "GS E&C", "KR", "GS Engineering & Construction", 0),
    ("gs25", "GS25", "KR", "", 0),
    ("sk", "SK", "KR", "SK Group|SK Inc.", 1),
    ("sk-innovation", "SK Innovation", "KR", "", 0),
    ("sk-hynix", "SK Hynix", "KR", "SK hynix", 0),
    ("sk-ecoplant", "SK Ecoplant", "KR", "SK E&C|SK Engineering & Construction", 0),
    ("cj", "CJ", "KR", "CJ Group", 1),
    ("cj-cheiljedang", "CJ CheilJedang", "KR", "CJ Cheil Jedang", 0),
    ("cj-cgv", "CGV", "KR", "CJ CGV", 0),
    ("kumho-asiana", "Kumho Asiana", "KR", "Kumho Asiana Group|Kumho", 0),
    ("kumho-tire", "Kumho Tire", "KR", "Kumho Tyre", 0),
    ("hanwha", "Hanwha", "KR", "Hanwha Group", 0),
    ("hanwha-aerospace", "Hanwha Aerospace", "KR", "Hanwha Aero Engines", 0),
    ("hanwha-life", "Hanwha Life", "KR", "Hanwha Life Vietnam", 0),
    ("hanwha-qcells", "Hanwha Qcells", "KR", "Qcells|Q Cells|Hanwha Q Cells", 0),
    ("kolon-industries", "Kolon Industries", "KR", "Kolon|Kolon Group", 0),
    ("taekwang", "Taekwang", "KR", "Taekwang Group|Taekwang Industrial", 0),
    ("shinhan", "Shinhan", "KR", "Shinhan Bank|Shinhan Financial Group|Shinhan Finance", 0),
    ("woori", "Woori Bank", "KR", "Woori|Woori Financial Group", 0),
    ("hana-bank", "Hana Bank", "KR", "KEB Hana Bank|KEB Hana|Hana Financial Group", 0),
    ("kb-kookmin", "KB Kookmin Bank", "KR", "Kookmin Bank|KB Financial Group", 0),
    ("ibk", "IBK", "KR", "Industrial Bank of Korea", 0),
    ("kepco", "KEPCO", "KR", "Kepco|Korea Electric Power Corporation|Korea Electric Power", 0),
    ("kogas", "KOGAS", "KR", "Kogas|Korea Gas Corporation", 0),
    ("emart", "Emart", "KR", "E-Mart|E-mart|EMART", 0),
    ("booyoung", "Booyoung", "KR", "Booyoung Group|Boo Young", 0),
    ("daewoo-e-c", "Daewoo E&C", "KR", "Daewoo Engineering & Construction|Daewoo Engineering and Construction", 0),
    ("naver", "Naver", "KR", "NAVER", 0),
    ("kakao", "Kakao", "KR", "", 0),
    ("amorepacific", "Amorepacific", "KR", "Amore Pacific", 0),
    ("orion", "Orion", "KR", "Orion Corporation", 1),
    ("nongshim", "Nongshim", "KR", "", 0),
    ("youngone", "Youngone", "KR", "Youngone Corporation", 0),
    ("hansae", "Hansae", "KR", "Hansae Co", 0),
    ("changshin", "Changshin", "KR", "Changshin Vietnam", 0),
    ("daesang", "Daesang", "KR", "Daesang Corporation", 0),
    ("mirae-asset", "Mirae Asset", "KR", "Mirae Asset Financial Group", 0),
    ("hana-micron", "Hana Micron", "KR", "Hana Micron Vina", 0),
    ("hyundai-steel", "Hyundai Steel", "KR", "", 0),
    ("ls-cable", "LS Cable & System", "KR", "LS Cable|LS Group", 0),
    ("seah", "SeAH Steel", "KR", "SeAH", 0),
    ("korea-western-power", "Korea Western Power", "KR", "KOWEPO", 0),
    # ---- Japan ------------------------------------------------------------------
    ("toyota", "Toyota", "JP", "Toyota Motor|Toyota Motor Corporation|Toyota Vietnam", 0),
    ("toyota-tsusho", "Toyota Tsusho", "JP", "", 0),
    ("honda", "Honda", "JP", "Honda Motor|Honda Vietnam", 0),
    ("yamaha", "Yamaha", "JP", "Yamaha Motor", 0),
    ("suzuki", "Suzuki", "JP", "Suzuki Motor", 0),
    ("mazda", "Mazda", "JP", "", 0),
    ("nissan", "Nissan", "JP", "", 0),
    ("isuzu", "Isuzu", "JP", "", 0),
    ("hino", "Hino Motors", "JP", "", 0),
    ("canon", "Canon", "JP", "Canon Vietnam", 0),
    ("panasonic", "Panasonic", "JP", "Panasonic Vietnam", 0),
    ("sony", "Sony", "JP", "Sony Group", 0),
    ("fujitsu", "Fujitsu", "JP", "", 0),
    ("fujifilm", "Fujifilm", "JP", "FUJIFILM", 0),
    ("nidec", "Nidec", "JP", "Nidec Corporation", 0),
    ("kyocera", "Kyocera", "JP", "Kyocera Document Solutions", 0),
    ("mitsubishi", "Mitsubishi", "JP", "Mitsubishi Group", 0),
    ("mitsubishi-corporation", "Mitsubishi Corporation", "JP", "Mitsubishi Corp", 0),
    ("mitsubishi-heavy-industries", "Mitsubishi Heavy Industries", "JP", "MHI", 0),
    ("mitsubishi-electric", "Mitsubishi Electric", "JP", "", 0),
    ("mitsubishi-motors", "Mitsubishi Motors", "JP", "", 0),
    ("mufg", "MUFG", "JP", "Mitsubishi UFJ|Mitsubishi UFJ Financial Group|MUFG Bank", 0),
    ("mitsui", "Mitsui", "JP", "Mitsui & Co.|Mitsui & Co", 0),
    ("sumitomo", "Sumitomo", "JP", "Sumitomo Corporation|Sumitomo Corp", 0),
    ("smbc", "SMBC", "JP", "Sumitomo Mitsui Banking Corporation|Sumitomo Mitsui Banking", 0),
    ("sumitomo-mitsui-construction", "Sumitomo Mitsui Construction", "JP", "SMCC", 0),
    ("sumitomo-forestry", "Sumitomo Forestry", "JP", "", 0),
    ("marubeni", "Marubeni", "JP", "Marubeni Corporation", 0),
    ("itochu", "Itochu", "JP", "Itochu Corporation|ITOCHU", 0),
    ("sojitz", "Sojitz", "JP", "Sojitz Corporation", 0),
    ("aeon", "Aeon", "JP", "AEON|Aeon Group", 0),
    ("aeon-mall", "Aeon Mall", "JP", "AEON Mall|AEONMALL", 0),
    ("muji", "Muji", "JP", "MUJI|Ryohin Keikaku", 0),
    ("fast-retailing", "Fast Retailing", "JP", "", 0),
    ("uniqlo", "Uniqlo", "JP", "UNIQLO", 0),
    ("toshiba", "Toshiba", "JP", "", 0),
    ("hitachi", "Hitachi", "JP", "Hitachi Energy", 0),
    ("nec", "NEC", "JP", "NEC Corporation", 0),
    ("ntt-data", "NTT Data", "JP", "NTT DATA", 0),
    ("murata", "Murata", "JP", "Murata Manufacturing", 0),
    ("denso", "Denso", "JP", "DENSO", 0),
    ("bridgestone", "Bridgestone", "JP", "", 0),
    ("daikin", "Daikin", "JP", "Daikin Industries", 0),
    ("kirin", "Kirin", "JP", "Kirin Holdings", 1),
    ("suntory", "Suntory", "JP", "Suntory Holdings", 0),
    ("asahi", "Asahi", "JP", "Asahi Group|Asahi Group Holdings", 0),
    ("sapporo", "Sapporo", "JP", "Sapporo Breweries", 1),
    ("ajinomoto", "Ajinomoto", "JP", "", 0),
    ("acecook", "Acecook", "JP", "", 0),
    ("kewpie", "Kewpie", "JP", "", 0),
    ("yakult", "Yakult", "JP", "", 0),
    ("yamato", "Yamato", "JP", "Yamato Holdings|Yamato Transport", 0),
    ("jfe", "JFE", "JP", "JFE Steel|JFE Engineering|JFE Holdings", 0),
    ("idemitsu-kosan", "Idemitsu Kosan", "JP", "Idemitsu", 0),
    ("kobe-steel", "Kobe Steel", "JP", "Kobelco", 0),
    ("toyo-ink", "Toyo Ink", "JP", "Toyo Ink Group", 0),
    ("kao", "Kao", "JP", "Kao Corporation", 1),
    ("unicharm", "Unicharm", "JP", "Uni-Charm", 0),
    ("nissin", "Nissin", "JP", "Nissin Foods", 0),
    ("takashimaya", "Takashimaya", "JP", "", 0),
    ("tokyu", "Tokyu", "JP", "Tokyu Corporation", 0),
    ("mizuho", "Mizuho", "JP", "Mizuho Bank|Mizuho Financial Group", 0),
    ("jcb", "JCB", "JP", "", 0),
    ("nippon-paint", "Nippon Paint", "JP", "", 0),
    ("obayashi", "Obayashi", "JP", "Obayashi Corporation", 0),
    ("shimizu", "Shimizu", "JP", "Shimizu Corporation", 0),
    ("taisei", "Taisei", "JP", "Taisei Corporation", 0),
    ("kajima", "Kajima", "JP", "Kajima Corporation", 0),
    ("sharp", "Sharp", "JP", "Sharp Corporation", 1),
    ("seiko-epson", "Epson", "JP", "Seiko Epson", 0),
    ("brother", "Brother Industries", "JP", "", 0),
    ("ricoh", "Ricoh", "JP", "", 0),
    ("olympus", "Olympus", "JP", "", 0),
    ("terumo", "Terumo", "JP", "", 0),
    ("nipro", "Nipro", "JP", "", 0),
    ("mabuchi-motor", "Mabuchi Motor", "JP", "Mabuchi", 0),
    ("foster-electric", "Foster Electric", "JP", "", 0),
    ("ykk", "YKK", "JP", "", 0),
    ("lixil", "Lixil", "JP", "LIXIL", 0),
    ("toto", "TOTO", "JP", "", 1),
    ("nitori", "Nitori", "JP", "", 0),
    ("kubota", "Kubota", "JP", "", 0),
    ("yanmar", "Yanmar", "JP", "", 0),
    ("komatsu", "Komatsu", "JP", "", 0),
    ("daiwa-house", "Daiwa House", "JP", "", 0),
    ("sekisui-house", "Sekisui House", "JP", "", 0),
    ("mitsubishi-estate", "Mitsubishi Estate", "JP", "", 0),
    ("nomura", "Nomura", "JP", "Nomura Holdings|Nomura Real Estate", 0),
    ("sbi-holdings", "SBI Holdings", "JP", "", 0),
    ("orix", "Orix", "JP", "ORIX", 0),
    ("dai-ichi-life", "Dai-ichi Life", "JP", "Dai-ichi|Daiichi Life|Dai-ichi Life Vietnam", 0),
    ("nippon-life", "Nippon Life", "JP", "", 0),
    ("tokio-marine", "Tokio Marine", "JP", "", 0),
    ("jera", "JERA", "JP", "", 0),
    ("tokyo-gas", "Tokyo Gas", "JP", "", 0),
    ("osaka-gas", "Osaka Gas", "JP", "", 0),
    ("kansai-electric", "Kansai Electric Power", "JP", "Kansai Electric", 0),
    ("inpex", "Inpex", "JP", "INPEX", 0),
    ("jx-nippon", "JX Nippon Oil & Gas", "JP", "JX Nippon", 0),
    ("softbank", "SoftBank", "JP", "Softbank", 0),
    ("japan-airlines", "Japan Airlines", "JP", "JAL", 0),
    ("ana", "All Nippon Airways", "JP", "ANA Holdings", 0),
    ("seven-eleven", "7-Eleven", "JP", "7 Eleven|Seven-Eleven", 0),
    ("familymart", "FamilyMart", "JP", "Family Mart", 0),
    ("ministop", "Ministop", "JP", "", 0),
    # ---- Taiwan, China, Hong Kong ------------------------------------------------
    ("foxconn", "Foxconn", "TW", "Hon Hai|Hon Hai Precision|Hon Hai Precision Industry", 0),
    ("formosa-plastics", "Formosa", "TW", "Formosa Plastics|Formosa Plastics Group", 0),
    ("formosa-industries", "Hưng Nghiệp Formosa", "TW", "Formosa Industries|Formosa Industries Corporation", 0),
    ("formosa-taffeta", "Formosa Taffeta", "TW", "", 0),
    ("pou-chen", "Pou Chen", "TW", "Pou Chen Group|Pouchen|Pou Yuen", 0),
    ("feng-tay", "Feng Tay", "TW", "", 0),
    ("pegatron", "Pegatron", "TW", "", 0),
    ("compal", "Compal", "TW", "Compal Electronics", 0),
    ("wistron", "Wistron", "TW", "", 0),
    ("wan-hai", "Wan Hai", "TW", "Wan Hai Lines", 0),
    ("evergreen", "Evergreen", "TW", "Evergreen Marine|Evergreen Line", 1),
    ("yang-ming", "Yang Ming", "TW", "Yang Ming Marine Transport", 0),
    ("taipower", "Taipower", "TW", "Taiwan Power Company", 0),
    ("ctd", "CT&D", "TW", "CT&D Group|Central Trading & Development", 0),
    ("phu-my-hung", "Phú Mỹ Hưng", "TW", "Phu My Hung|Phú Mỹ Hưng Corporation", 1),
    ("nan-ya", "Nan Ya", "TW", "Nan Ya Plastics", 0),
    ("far-eastern", "Far Eastern", "TW", "Far Eastern New Century|Far Eastern Group|Far Eastern Polytex", 0),
    ("chailease", "Chailease", "TW", "", 0),
    ("cathay", "Cathay United Bank", "TW", "Cathay Life|Cathay Financial", 0),
    ("ctbc", "CTBC", "TW", "CTBC Bank", 0),
    ("luxshare", "Luxshare", "CN", "Luxshare Precision|Luxshare-ICT", 0),
    ("goertek", "Goertek", "CN", "", 0),
    ("byd", "BYD", "CN", "", 0),
    ("huawei", "Huawei", "CN", "", 0),
    ("zte", "ZTE", "CN", "", 0),
    ("alibaba", "Alibaba", "CN", "Alibaba Group", 0),
    ("tencent", "Tencent", "CN", "", 0),
    ("xiaomi", "Xiaomi", "CN", "", 0),
    ("oppo", "Oppo", "CN", "OPPO", 0),
    ("vivo", "Vivo", "CN", "vivo", 1),
    ("lenovo", "Lenovo", "CN", "", 0),
    ("haier", "Haier", "CN", "", 0),
    ("midea", "Midea", "CN", "Midea Group", 0),
    ("tcl", "TCL", "CN", "", 0),
    ("boe", "BOE", "CN", "BOE Technology", 1),
    ("sunny-optical", "Sunny Optical", "CN", "Sunny Optical Technology", 0),
    ("jinko-solar", "JinkoSolar", "CN", "Jinko Solar|Jinko", 0),
    ("trina-solar", "Trina Solar", "CN", "Trina|Trinasolar", 0),
    ("longi", "LONGi", "CN", "Longi|LONGi Green Energy", 0),
    ("ja-solar", "JA Solar", "CN", "", 0),
    ("runergy", "Runergy", "CN", "", 0),
    ("sailun", "Sailun", "CN", "Sailun Group|Sailun Tire", 0),
    ("sunwoda", "Sunwoda", "CN", "", 0),
    ("gotion", "Gotion", "CN", "Gotion High-Tech", 0),
    ("catl", "CATL", "CN", "Contemporary Amperex Technology", 0),
    ("hailiang", "Hailiang", "CN", "Hailiang Group", 0),
    ("texhong", "Texhong", "CN", "Texhong Textile", 0),
    ("shenzhou", "Shenzhou International", "CN", "", 0),
    ("geely", "Geely", "CN", "", 0),
    ("chery", "Chery", "CN", "", 0),
    ("china-energy-engineering", "China Energy Engineering", "CN", "CEEC|Energy China|China Energy Engineering Corporation", 0),
    ("powerchina", "PowerChina", "CN", "POWERCHINA|Power Construction Corporation of China", 0),
    ("sinohydro", "Sinohydro", "CN", "", 0),
    ("china-railway", "China Railway", "CN", "CREC|China Railway Group|China Railway Engineering Group", 0),
    ("china-harbour", "China Harbour Engineering", "CN", "China Harbour", 0),
    ("china-southern-power-grid", "China Southern Power Grid", "CN", "", 0),
    ("state-grid", "State Grid", "CN", "State Grid Corporation of China", 0),
    ("sinopec", "Sinopec", "CN", "", 0),
    ("cnpc", "CNPC", "CN", "China National Petroleum Corporation", 0),
    ("cnooc", "CNOOC", "CN", "", 0),
    ("cosco", "COSCO Shipping", "CN", "COSCO|Cosco", 0),
    ("china-southern-airlines", "China Southern Airlines", "CN", "", 0),
    ("swire", "Swire", "HK", "Swire Group|Swire Pacific|John Swire & Sons", 0),
    ("jardine-matheson", "Jardine Matheson", "HK", "Jardine|Jardine Matheson Group", 0),
    ("ck-hutchison", "CK Hutchison", "HK", "CK Hutchison Holdings|Hutchison|Hutchison Ports", 0),
    ("li-fung", "Li & Fung", "HK", "Li and Fung", 0),
    ("hung-hing", "Hung Hing", "HK", "Hung Hing Printing", 0),
    ("aia", "AIA", "HK", "AIA Group", 0),
    # ---- Singapore --------------------------------------------------------------
    ("sembcorp", "Sembcorp", "SG", "Sembcorp Industries|Sembcorp Development", 0),
    ("keppel", "Keppel", "SG", "Keppel Land|Keppel Corporation", 0),
    ("capitaland", "CapitaLand", "SG", "Capitaland|CapitaLand Development", 0),
    ("ascott", "Ascott", "SG", "The Ascott", 0),
    ("mapletree", "Mapletree", "SG", "", 0),
    ("frasers", "Frasers Property", "SG", "Frasers", 0),
    ("temasek", "Temasek", "SG", "Temasek Holdings", 0),
    ("gic", "GIC", "SG", "", 1),
    ("singtel", "Singtel", "SG", "", 0),
    ("dbs", "DBS", "SG", "DBS Bank", 0),
    ("uob", "UOB", "SG", "United Overseas Bank", 0),
    ("ocbc", "OCBC", "SG", "OCBC Bank", 0),
    ("wilmar", "Wilmar", "SG", "Wilmar International", 0),
    ("olam", "Olam", "SG", "Olam International|Olam Group", 0),
    ("ascendas", "Ascendas", "SG", "Ascendas-Singbridge", 0),
    ("sats", "SATS", "SG", "", 0),
    ("psa", "PSA", "SG", "PSA International", 1),
    ("singapore-airlines", "Singapore Airlines", "SG", "", 0),
    ("st-engineering", "ST Engineering", "SG", "", 0),
    ("surbana-jurong", "Surbana Jurong", "SG", "", 0),
    ("banyan-tree", "Banyan Tree", "SG", "", 0),
    ("grab", "Grab", "SG", "Grab Holdings", 0),
    ("shopee", "Shopee", "SG", "Sea Group|Sea Limited", 0),
    ("lazada", "Lazada", "SG", "", 0),
    # ---- Thailand ---------------------------------------------------------------
    ("scg", "SCG", "TH", "Siam Cement Group|Siam Cement", 0),
    ("charoen-pokphand", "Charoen Pokphand", "TH", "CP Group|C.P. Group|Charoen Pokphand Group|CP Foods|C.P. Vietnam|CP Vietnam", 0),
    ("thaibev", "ThaiBev", "TH", "Thai Beverage", 0),
    ("central-group", "Central Group", "TH", "Central Retail", 0),
    ("gulf-energy", "Gulf Energy", "TH", "Gulf Energy Development", 0),
    ("ptt", "PTT", "TH", "PTT Public Company", 0),
    ("pttep", "PTTEP", "TH", "PTT Exploration and Production", 0),
    ("b-grimm", "B.Grimm", "TH", "B.Grimm Power|B. Grimm", 0),
    ("amata", "Amata", "TH", "Amata Corporation|Amata Corp", 0),
    ("wha", "WHA", "TH", "WHA Corporation|WHA Group", 0),
    ("mitr-phol", "Mitr Phol", "TH", "Mitr Phol Group", 0),
    ("tcc-group", "TCC Group", "TH", "TCC Holding|Thai Charoen Corporation", 0),
    ("berli-jucker", "Berli Jucker", "TH", "BJC|MM Mega Market", 0),
    ("superblock", "Superblock", "TH", "", 0),
    ("egco", "EGCO", "TH", "Electricity Generating Public Company", 0),
    ("ratch", "RATCH Group", "TH", "Ratchaburi Electricity", 0),
    ("siam-city-cement", "Siam City Cement", "TH", "", 0),
    ("thai-airways", "Thai Airways", "TH", "", 0),
    ("bangkok-bank", "Bangkok Bank", "TH", "", 0),
    ("kasikornbank", "Kasikornbank", "TH", "KBank", 0),
    # ---- Malaysia, Indonesia, Philippines -----------------------------------------
    ("petronas", "Petronas", "MY", "PETRONAS", 0),
    ("genting", "Genting", "MY", "Genting Group", 0),
    ("berjaya", "Berjaya", "MY", "Berjaya Corporation|Berjaya Group", 0),
    ("sime-darby", "Sime Darby", "MY", "", 0),
    ("maybank", "Maybank", "MY", "", 0),
    ("cimb", "CIMB", "MY", "CIMB Bank", 0),
    ("hong-leong-bank", "Hong Leong Bank", "MY", "Hong Leong", 0),
    ("airasia", "AirAsia", "MY", "Air Asia", 0),
    ("malaysia-airlines", "Malaysia Airlines", "MY", "", 0),
    ("gamuda", "Gamuda", "MY", "Gamuda Land", 0),
    ("ytl", "YTL", "MY", "YTL Corporation", 0),
    ("pertamina", "Pertamina", "ID", "", 0),
    ("lippo", "Lippo", "ID", "Lippo Group", 0),
    ("ciputra", "Ciputra", "ID", "Ciputra Group", 0),
    ("japfa", "Japfa", "ID", "Japfa Comfeed", 0),
    ("indofood", "Indofood", "ID", "", 0),
    ("sinar-mas", "Sinar Mas", "ID", "", 0),
    ("garuda-indonesia", "Garuda Indonesia", "ID", "", 0),
    ("gojek", "Gojek", "ID", "", 0),
    ("jollibee", "Jollibee", "PH", "", 0),
    ("san-miguel", "San Miguel", "PH", "San Miguel Corporation", 1),
    ("universal-robina", "Universal Robina", "PH", "", 0),
    # ---- United States ----------------------------------------------------------
    ("intel", "Intel", "US", "Intel Products Vietnam", 0),
    ("apple", "Apple", "US", "", 0),
    ("microsoft", "Microsoft", "US", "", 0),
    ("google", "Google", "US", "", 0),
    ("meta", "Meta", "US", "Meta Platforms|Facebook", 1),
    ("amazon", "Amazon", "US", "Amazon Web Services|AWS", 1),
    ("boeing", "Boeing", "US", "", 0),
    ("general-electric", "GE", "US", "General Electric|GE Vernova", 1),
    ("exxonmobil", "ExxonMobil", "US", "Exxon Mobil|Exxon", 0),
    ("chevron", "Chevron", "US", "", 0),
    ("conocophillips", "ConocoPhillips", "US", "", 0),
    ("coca-cola", "Coca-Cola", "US", "Coca Cola", 0),
    ("pepsico", "PepsiCo", "US", "Pepsico|Pepsi", 0),
    ("procter-gamble", "P&G", "US", "Procter & Gamble|Procter and Gamble", 0),
    ("kimberly-clark", "Kimberly-Clark", "US", "Kimberly Clark", 0),
    ("colgate-palmolive", "Colgate-Palmolive", "US", "Colgate", 0),
    ("mondelez", "Mondelez", "US", "Mondelez International", 0),
    ("nike", "Nike", "US", "", 0),
    ("cargill", "Cargill", "US", "", 0),
    ("ford", "Ford", "US", "Ford Motor|Ford Vietnam", 1),
    ("citi", "Citi", "US", "Citibank|Citigroup", 0),
    ("visa", "Visa", "US", "Visa Inc.", 1),
    ("mastercard", "Mastercard", "US", "MasterCard", 0),
    ("aes", "AES", "US", "AES Corporation", 1),
    ("murphy-oil", "Murphy Oil", "US", "", 0),
    ("excelerate-energy", "Excelerate Energy", "US", "", 0),
    ("jabil", "Jabil", "US", "", 0),
    ("amkor", "Amkor", "US", "Amkor Technology", 0),
    ("first-solar", "First Solar", "US", "", 0),
    ("hanesbrands", "Hanesbrands", "US", "Hanes", 0),
    ("marriott", "Marriott", "US", "Marriott International", 0),
    ("hilton", "Hilton", "US", "Hilton Worldwide", 0),
    ("starbucks", "Starbucks", "US", "", 0),
    ("kfc", "KFC", "US", "Yum! Brands|Yum Brands", 0),
    ("mcdonalds", "McDonald's", "US", "McDonald’s", 0),
    ("pfizer", "Pfizer", "US", "", 0),
    ("abbott", "Abbott", "US", "", 0),
    ("johnson-johnson", "Johnson & Johnson", "US", "J&J|Johnson and Johnson", 0),
    ("honeywell", "Honeywell", "US", "", 0),
    ("3m", "3M", "US", "", 0),
    ("caterpillar", "Caterpillar", "US", "", 0),
    ("cisco", "Cisco", "US", "Cisco Systems", 0),
    ("ibm", "IBM", "US", "", 0),
    ("oracle", "Oracle", "US", "", 0),
    ("qualcomm", "Qualcomm", "US", "", 0),
    ("nvidia", "Nvidia", "US", "NVIDIA", 0),
    ("applied-materials", "Applied Materials", "US", "", 0),
    ("synopsys", "Synopsys", "US", "", 0),
    ("dell", "Dell", "US", "Dell Technologies", 0),
    ("hp", "HP", "US", "HP Inc.|Hewlett-Packard", 1),
    ("tesla", "Tesla", "US", "", 0),
    ("walmart", "Walmart", "US", "", 0),
    ("fedex", "FedEx", "US", "", 0),
    ("dupont", "DuPont", "US", "", 0),
    ("goldman-sachs", "Goldman Sachs", "US", "", 0),
    ("jpmorgan", "JPMorgan", "US", "J.P. Morgan|JP Morgan|JPMorgan Chase", 0),
    ("warburg-pincus", "Warburg Pincus", "US", "", 0),
    ("kkr", "KKR", "US", "", 0),
    # ---- Europe -----------------------------------------------------------------
    ("siemens", "Siemens", "DE", "Siemens AG", 0),
    ("siemens-energy", "Siemens Energy", "DE", "", 0),
    ("bosch", "Bosch", "DE", "Robert Bosch", 0),
    ("basf", "BASF", "DE", "", 0),
    ("bayer", "Bayer", "DE", "", 0),
    ("mercedes-benz", "Mercedes-Benz", "DE", "Mercedes|Daimler", 0),
    ("bmw", "BMW", "DE", "", 0),
    ("volkswagen", "Volkswagen", "DE", "", 0),
    ("sap", "SAP", "DE", "", 1),
    ("deutsche-bank", "Deutsche Bank", "DE", "", 0),
    ("allianz", "Allianz", "DE", "", 0),
    ("dhl", "DHL", "DE", "DHL Group|Deutsche Post DHL", 0),
    ("adidas", "Adidas", "DE", "adidas", 0),
    ("puma", "Puma", "DE", "PUMA", 0),
    ("baywa-re", "BayWa r.e.", "DE", "BayWa", 0),
    ("nestle", "Nestlé", "CH", "Nestle|Nestlé Vietnam", 0),
    ("abb", "ABB", "CH", "", 0),
    ("novartis", "Novartis", "CH", "", 0),
    ("roche", "Roche", "CH", "", 0),
    ("syngenta", "Syngenta", "CH", "", 0),
    ("holcim", "Holcim", "CH", "LafargeHolcim", 0),
    ("dksh", "DKSH", "CH", "", 0),
    ("buhler", "Bühler", "CH", "Buhler", 0),
    ("msc", "MSC", "CH", "Mediterranean Shipping Company", 1),
    ("unilever", "Unilever", "GB", "", 0),
    ("shell", "Shell", "GB", "", 0),
    ("bp", "BP", "GB", "British Petroleum", 1),
    ("gsk", "GSK", "GB", "GlaxoSmithKline", 0),
    ("astrazeneca", "AstraZeneca", "GB", "", 0),
    ("standard-chartered", "Standard Chartered", "GB", "", 0),
    ("hsbc", "HSBC", "GB", "", 0),
    ("prudential", "Prudential", "GB", "", 0),
    ("diageo", "Diageo", "GB", "", 0),
    ("rolls-royce", "Rolls-Royce", "GB", "Rolls Royce", 0),
    ("enterprize-energy", "Enterprize Energy", "GB", "", 0),
    ("totalenergies", "TotalEnergies", "FR", "Total Energies", 0),
    ("airbus", "Airbus", "FR", "", 0),
    ("alstom", "Alstom", "FR", "", 0),
    ("schneider-electric", "Schneider Electric", "FR", "", 0),
    ("michelin", "Michelin", "FR", "", 0),
    ("loreal", "L'Oréal", "FR", "L'Oreal|L’Oréal", 0),
    ("axa", "AXA", "FR", "", 0),
    ("sanofi", "Sanofi", "FR", "", 0),
    ("decathlon", "Decathlon", "FR", "", 0),
    ("cma-cgm", "CMA CGM", "FR", "CMA-CGM", 0),
    ("bel", "Bel", "FR", "Bel Group|Groupe Bel", 1),
    ("lactalis", "Lactalis", "FR", "", 0),
    ("danone", "Danone", "FR", "", 0),
    ("engie", "Engie", "FR", "ENGIE", 0),
    ("edf", "EDF", "FR", "Électricité de France|Electricite de France", 0),
    ("air-liquide", "Air Liquide", "FR", "", 0),
    ("veolia", "Veolia", "FR", "", 0),
    ("saint-gobain", "Saint-Gobain", "FR", "Saint Gobain", 0),
    ("accor", "Accor", "FR", "AccorHotels", 0),
    ("heineken", "Heineken", "NL", "", 0),
    ("frieslandcampina", "FrieslandCampina", "NL", "Friesland Campina", 0),
    ("de-heus", "De Heus", "NL", "", 0),
    ("philips", "Philips", "NL", "", 0),
    ("asml", "ASML", "NL", "", 0),
    ("rabobank", "Rabobank", "NL", "", 0),
    ("royal-haskoningdhv", "Royal HaskoningDHV", "NL", "Royal Haskoning", 0),
    ("damen", "Damen", "NL", "Damen Shipyards|Damen Group", 0),
    ("van-oord", "Van Oord", "NL", "", 0),
    ("ab-inbev", "AB InBev", "BE", "Anheuser-Busch InBev", 0),
    ("jan-de-nul", "Jan De Nul", "BE", "", 0),
    ("carlsberg", "Carlsberg", "DK", "", 0),
    ("orsted", "Ørsted", "DK", "Orsted", 0),
    ("vestas", "Vestas", "DK", "", 0),
    ("lego", "Lego", "DK", "LEGO|Lego Group|LEGO Group", 0),
    ("pandora", "Pandora", "DK", "", 0),
    ("maersk", "Maersk", "DK", "A.P. Moller-Maersk|A.P. Moller - Maersk|Maersk Line", 0),
    ("arla", "Arla", "DK", "Arla Foods", 0),
    ("novo-nordisk", "Novo Nordisk", "DK", "", 0),
    ("grundfos", "Grundfos", "DK", "", 0),
    ("danfoss", "Danfoss", "DK", "", 0),
    ("copenhagen-infrastructure-partners", "Copenhagen Infrastructure Partners", "DK", "", 0),
    ("ericsson", "Ericsson", "SE", "", 0),
    ("ikea", "Ikea", "SE", "IKEA", 0),
    ("hm", "H&M", "SE", "Hennes & Mauritz", 0),
    ("tetra-pak", "Tetra Pak", "SE", "", 0),
    ("electrolux", "Electrolux", "SE", "", 0),
    ("volvo", "Volvo", "SE", "", 0),
    ("nokia", "Nokia", "FI", "", 0),
    ("equinor", "Equinor", "NO", "", 0),
    ("inditex", "Inditex", "ES", "Zara", 0),
    ("siemens-gamesa", "Siemens Gamesa", "ES", "Siemens Gamesa Renewable Energy", 0),
    ("repsol", "Repsol", "ES", "", 0),
    ("mainstream-renewable-power", "Mainstream Renewable Power", "IE", "", 0),
    ("piaggio", "Piaggio", "IT", "", 0),
    ("generali", "Generali", "IT", "", 0),
    ("skoda", "Škoda", "CZ", "Skoda", 0),
    ("netafim", "Netafim", "IL", "", 0),
    ("turkish-airlines", "Turkish Airlines", "TR", "", 0),
    # ---- Russia -----------------------------------------------------------------
    ("gazprom", "Gazprom", "RU", "", 0),
    ("rosneft", "Rosneft", "RU", "", 0),
    ("zarubezhneft", "Zarubezhneft", "RU", "", 0),
    ("lukoil", "Lukoil", "RU", "LUKOIL", 0),
    ("rosatom", "Rosatom", "RU", "", 0),
    ("aeroflot", "Aeroflot", "RU", "", 0),
    ("novatek", "Novatek", "RU", "", 0),
    # ---- Australia, New Zealand, Canada -----------------------------------------
    ("bhp", "BHP", "AU", "BHP Billiton", 0),
    ("rio-tinto", "Rio Tinto", "AU", "", 0),
    ("anz", "ANZ", "AU", "ANZ Bank", 0),
    ("macquarie", "Macquarie", "AU", "Macquarie Group", 0),
    ("bluescope", "BlueScope", "AU", "NS BlueScope", 0),
    ("austal", "Austal", "AU", "", 0),
    ("fortescue", "Fortescue", "AU", "Fortescue Future Industries", 0),
    ("jetstar", "Jetstar", "AU", "", 0),
    ("fonterra", "Fonterra", "NZ", "", 0),
    ("zespri", "Zespri", "NZ", "", 0),
    ("manulife", "Manulife", "CA", "", 0),
    ("sun-life", "Sun Life", "CA", "Sun Life Financial", 0),
    ("canadian-solar", "Canadian Solar", "CA", "", 0),
    # ---- India ------------------------------------------------------------------
    ("tata", "Tata", "IN", "Tata Group", 0),
    ("tata-power", "Tata Power", "IN", "", 0),
    ("adani", "Adani", "IN", "Adani Group", 0),
    ("ongc-videsh", "ONGC Videsh", "IN", "ONGC", 0),
    ("reliance", "Reliance", "IN", "Reliance Industries", 1),
    ("infosys", "Infosys", "IN", "", 0),
    ("hcl", "HCLTech", "IN", "HCL|HCL Technologies", 0),
    ("mahindra", "Mahindra", "IN", "Mahindra & Mahindra|Mahindra Group", 0),
    # ---- Middle East ------------------------------------------------------------
    ("kuwait-petroleum-international", "Kuwait Petroleum International", "KW", "Kuwait Petroleum Corporation|Kuwait Petroleum", 0),
    ("saudi-aramco", "Saudi Aramco", "SA", "Aramco", 0),
    ("acwa-power", "ACWA Power", "SA", "", 0),
    ("adnoc", "ADNOC", "AE", "Abu Dhabi National Oil Company", 0),
    ("masdar", "Masdar", "AE", "", 0),
    ("mubadala", "Mubadala", "AE", "", 0),
    ("emirates", "Emirates", "AE", "Emirates Airline", 1),
    ("etihad", "Etihad Airways", "AE", "Etihad", 0),
    ("dp-world", "DP World", "AE", "", 0),
    ("qatar-airways", "Qatar Airways", "QA", "", 0),
    ("qatarenergy", "QatarEnergy", "QA", "Qatar Petroleum", 0),
    # ---- Laos, Cambodia ---------------------------------------------------------
    ("edl", "EDL", "LA", "Électricité du Laos|Electricite du Laos", 1),
    ("edl-gen", "EDL-Gen", "LA", "EDL Generation", 1),
    ("phongsubthavy", "Phongsubthavy", "LA", "Phongsubthavy Group", 0),
    ("lao-airlines", "Lao Airlines", "LA", "", 0),
    ("royal-group", "Royal Group", "KH", "", 1),
    ("acleda", "ACLEDA", "KH", "ACLEDA Bank", 0),
    ("edc", "EDC", "KH", "Électricité du Cambodge|Electricite du Cambodge", 1),
]
# fmt: on

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO2 = re.compile(r"^[A-Z]{2}$")


def _clean(s: str) -> str:
    s = normalise_text(unicodedata.normalize("NFC", s.strip()))
    if "\t" in s or "\n" in s or "|" in s:
        raise ValueError(f"bad character in {s!r}")
    return s


def _read(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _reserved() -> dict[str, str]:
    """Folded province, country and domestic-company names -> what they are."""
    out: dict[str, str] = {}
    for r in _read(DATA / "provinces.tsv"):
        for n in [r["name"], *r["aliases"].split("|")]:
            if n:
                out[fold(n)] = f"province {r['name']}"
    for r in _read(DATA / "countries.tsv"):
        for n in [r["name_vi"], r["name_en"], *r["aliases"].split("|")]:
            if n:
                out[fold(n)] = f"country {r['iso2']}"
    for r in _read(DATA / "domestic.tsv"):
        out[fold(r["name"])] = f"domestic {r['name']}"
    return out


def build() -> list[tuple[str, ...]]:
    seen: set[str] = set()
    names: dict[str, str] = {}
    out: list[tuple[str, ...]] = []
    problems: list[str] = []
    for row in ROWS:
        if len(row) != 5:
            raise ValueError(f"bad row {row!r}")
        id_, name, cc, aliases, strict = row
        if not _SLUG.match(id_) or id_ in seen:
            raise ValueError(f"bad or duplicate id {id_!r}")
        seen.add(id_)
        if not _ISO2.match(cc):
            raise ValueError(f"{id_}: bad country {cc!r}")
        if strict not in (0, 1):
            raise ValueError(f"{id_}: bad strict {strict!r}")
        name = _clean(name)
        al = [_clean(a) for a in aliases.split("|") if a.strip()]
        al = [a for a in dict.fromkeys(al) if a != name]
        for n in [name, *al]:
            k = fold(n)
            if k in names and names[k] != id_:
                problems.append(f"{id_}: {n!r} also names {names[k]}")
            names[k] = id_
        out.append((id_, name, cc, "|".join(al), str(strict)))
    reserved = _reserved()
    for k, id_ in names.items():
        if k in reserved:
            problems.append(f"{id_}: folded {k!r} equals {reserved[k]}")
    if problems:
        raise SystemExit("collisions:\n" + "\n".join(problems))
    out.sort(key=lambda r: r[0])
    return out


def main() -> None:
    rows = build()
    text = SOURCE + "\n" + "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    OUT.write_text(text, encoding="utf-8", newline="\n")
    by_cc: dict[str, int] = {}
    for r in rows:
        by_cc[r[2]] = by_cc.get(r[2], 0) + 1
    print(f"{len(rows)} rows; strict {sum(r[4] == '1' for r in rows)}; "
          + ", ".join(f"{k} {v}" for k, v in sorted(by_cc.items(), key=lambda x: -x[1])), file=sys.stderr)


if __name__ == "__main__":
    main()
