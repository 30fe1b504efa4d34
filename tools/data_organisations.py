"""Write kg/data/organisations.tsv: international organisations, foreign agencies, INGOs.

The curated table is held below as compact tuples
``(id, kind, acronym, name_vi, name_en, country, aliases)`` where ``aliases`` is
one ``|``-separated string.  Running the script rewrites the .tsv
deterministically (rows sorted by id, NFC, old-style tone marks).

Usage: python tools/data_organisations.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from kg.text import normalise_text  # noqa: E402  (NFC + old-style tone marks)

OUT = ROOT / "kg" / "data" / "organisations.tsv"
SOURCE = "# source: curated for kg from the organisations' own published names (CC0-1.0)"
HEADER = ("id", "kind", "acronym", "name_vi", "name_en", "country", "aliases")
KINDS = {"organisation", "agency", "ngo"}

# Abbreviations and words that must never be an organisation's acronym or alias:
# Vietnamese administrative abbreviations, generic terms, and acronyms that
# collide with ordinary words or Vietnamese bodies.
FORBIDDEN = {
    "UBND", "HĐND", "HDND", "KT-XH", "KTXH", "ODA", "FDI", "NGO", "INGO", "NGOs", "MTTQ", "TW", "TƯ",
    "VCCI", "VUFO", "CDC", "SOS", "EXIM", "Eximbank", "CIF", "ESG", "KF", "IF", "SIDA", "Sida", "ISO",
    "Quỹ Phát triển", "Ngân hàng Xuất nhập khẩu", "Ngân hàng Phát triển", "Liên hiệp quốc tế",
    "Làng trẻ em SOS", "Viện Pháp", "Caritas Việt Nam", "Rồng Xanh", "Quỹ Toyota",
}

O, A, N = "organisation", "agency", "ngo"
UNQ = "Liên hợp quốc"  # spelt here once; variants are generated below

# fmt: off
ROWS: list[tuple[str, str, str, str, str, str, str]] = [
    # ---- United Nations system ------------------------------------------------
    ("un", O, "UN", "Liên hợp quốc", "United Nations", "",
     "Liên Hợp Quốc|Liên hiệp quốc|Liên Hiệp Quốc|United Nations Organization|Tổ chức Liên hợp quốc|LHQ"),
    ("undp", O, "UNDP", "Chương trình Phát triển Liên hợp quốc", "United Nations Development Programme", "",
     "Chương trình Phát triển của Liên hợp quốc|UN Development Programme|United Nations Development Program"),
    ("unicef", O, "UNICEF", "Quỹ Nhi đồng Liên hợp quốc", "United Nations Children's Fund", "",
     "Quỹ Nhi đồng của Liên hợp quốc|Quỹ Cứu trợ Nhi đồng Liên hợp quốc|Unicef"),
    ("unesco", O, "UNESCO", "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc",
     "United Nations Educational, Scientific and Cultural Organization", "",
     "Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc|Tổ chức Văn hóa, Khoa học và Giáo dục Liên hợp quốc"),
    ("unfpa", O, "UNFPA", "Quỹ Dân số Liên hợp quốc", "United Nations Population Fund", "",
     "Quỹ Dân số của Liên hợp quốc|Quỹ Dân số Thế giới|UN Population Fund"),
    ("unhcr", O, "UNHCR", "Cao ủy Liên hợp quốc về người tị nạn", "United Nations High Commissioner for Refugees", "",
     "Cao ủy Liên hợp quốc về người tỵ nạn|Cao ủy Tị nạn Liên hợp quốc|UN Refugee Agency|Cơ quan Tị nạn Liên hợp quốc"),
    ("un-women", O, "UN Women", "Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho Phụ nữ",
     "United Nations Entity for Gender Equality and the Empowerment of Women", "",
     "Tổ chức Phụ nữ Liên hợp quốc|Cơ quan Phụ nữ Liên hợp quốc|UN-Women|UNWomen"),
    ("unido", O, "UNIDO", "Tổ chức Phát triển Công nghiệp Liên hợp quốc", "United Nations Industrial Development Organization", "",
     "Tổ chức Phát triển Công nghiệp của Liên hợp quốc"),
    ("unep", O, "UNEP", "Chương trình Môi trường Liên hợp quốc", "United Nations Environment Programme", "",
     "Chương trình Môi trường của Liên hợp quốc|UN Environment|UN Environment Programme"),
    ("un-habitat", O, "UN-Habitat", "Chương trình Định cư Con người Liên hợp quốc", "United Nations Human Settlements Programme", "",
     "UN Habitat|Chương trình Định cư con người của Liên hợp quốc|Chương trình Nhà ở Liên hợp quốc"),
    ("unodc", O, "UNODC", "Văn phòng Liên hợp quốc về Ma túy và Tội phạm", "United Nations Office on Drugs and Crime", "",
     "Cơ quan Phòng chống Ma túy và Tội phạm Liên hợp quốc|Văn phòng Phòng chống Ma túy và Tội phạm Liên hợp quốc"),
    ("unaids", O, "UNAIDS", "Chương trình phối hợp của Liên hợp quốc về HIV/AIDS", "Joint United Nations Programme on HIV/AIDS", "",
     "Chương trình Phối hợp Liên hợp quốc về HIV/AIDS|Chương trình Phòng chống HIV/AIDS của Liên hợp quốc"),
    ("unctad", O, "UNCTAD", "Hội nghị Liên hợp quốc về Thương mại và Phát triển", "United Nations Conference on Trade and Development", "",
     "Diễn đàn Thương mại và Phát triển Liên hợp quốc"),
    ("unv", O, "UNV", "Chương trình Tình nguyện viên Liên hợp quốc", "United Nations Volunteers", "",
     "Chương trình Tình nguyện Liên hợp quốc|UN Volunteers|Tình nguyện viên Liên hợp quốc"),
    ("unops", O, "UNOPS", "Văn phòng Dịch vụ Dự án Liên hợp quốc", "United Nations Office for Project Services", "",
     "Văn phòng Liên hợp quốc về Dịch vụ Dự án"),
    ("uncdf", O, "UNCDF", "Quỹ Phát triển Vốn Liên hợp quốc", "United Nations Capital Development Fund", "",
     "Quỹ Đầu tư Phát triển Liên hợp quốc|Quỹ Phát triển Vốn của Liên hợp quốc"),
    ("escap", O, "ESCAP", "Ủy ban Kinh tế và Xã hội châu Á - Thái Bình Dương của Liên hợp quốc",
     "United Nations Economic and Social Commission for Asia and the Pacific", "",
     "UNESCAP|UN ESCAP|Ủy ban Kinh tế Xã hội châu Á - Thái Bình Dương|Ủy ban Kinh tế và Xã hội châu Á - Thái Bình Dương"),
    ("who", O, "WHO", "Tổ chức Y tế Thế giới", "World Health Organization", "",
     "World Health Organisation|Tổ chức Y tế Thế giới của Liên hợp quốc"),
    ("fao", O, "FAO", "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", "Food and Agriculture Organization of the United Nations", "",
     "Tổ chức Nông lương Liên hợp quốc|Tổ chức Lương thực và Nông nghiệp của Liên hợp quốc|Tổ chức Lương Nông Liên hợp quốc|Food and Agriculture Organization"),
    ("ilo", O, "ILO", "Tổ chức Lao động Quốc tế", "International Labour Organization", "",
     "International Labour Organisation|International Labor Organization"),
    ("iom", O, "IOM", "Tổ chức Di cư Quốc tế", "International Organization for Migration", "",
     "Tổ chức Quốc tế về Di cư|Tổ chức Di dân Quốc tế"),
    ("wfp", O, "WFP", "Chương trình Lương thực Thế giới", "World Food Programme", "",
     "Chương trình Lương thực Thế giới của Liên hợp quốc|World Food Program"),
    ("ifad", O, "IFAD", "Quỹ Quốc tế về Phát triển Nông nghiệp", "International Fund for Agricultural Development", "",
     "Quỹ Phát triển Nông nghiệp Quốc tế|Quỹ Quốc tế Phát triển Nông nghiệp"),
    ("iaea", O, "IAEA", "Cơ quan Năng lượng Nguyên tử Quốc tế", "International Atomic Energy Agency", "",
     "Cơ quan Năng lượng nguyên tử quốc tế"),
    ("icao", O, "ICAO", "Tổ chức Hàng không Dân dụng Quốc tế", "International Civil Aviation Organization", "", ""),
    ("imo", O, "IMO", "Tổ chức Hàng hải Quốc tế", "International Maritime Organization", "", ""),
    ("itu", O, "ITU", "Liên minh Viễn thông Quốc tế", "International Telecommunication Union", "", ""),
    ("upu", O, "UPU", "Liên minh Bưu chính Thế giới", "Universal Postal Union", "",
     "Liên minh Bưu chính Quốc tế|Liên minh Bưu chính Toàn cầu"),
    ("wipo", O, "WIPO", "Tổ chức Sở hữu Trí tuệ Thế giới", "World Intellectual Property Organization", "", ""),
    ("wmo", O, "WMO", "Tổ chức Khí tượng Thế giới", "World Meteorological Organization", "", ""),
    ("unwto", O, "UNWTO", "Tổ chức Du lịch Thế giới", "World Tourism Organization", "",
     "Tổ chức Du lịch Thế giới của Liên hợp quốc|Tổ chức Du lịch Liên hợp quốc|UN Tourism|UN-WTO"),
    ("itc", O, "ITC", "Trung tâm Thương mại Quốc tế", "International Trade Centre", "",
     "International Trade Center"),
    ("unfccc", O, "UNFCCC", "Công ước khung của Liên hợp quốc về Biến đổi khí hậu",
     "United Nations Framework Convention on Climate Change", "",
     "Ban Thư ký Công ước khung của Liên hợp quốc về Biến đổi khí hậu"),
    ("undrr", O, "UNDRR", "Văn phòng Liên hợp quốc về Giảm nhẹ rủi ro thiên tai", "United Nations Office for Disaster Risk Reduction", "",
     "UNISDR"),
    ("wb", O, "WB", "Ngân hàng Thế giới", "World Bank", "",
     "Nhóm Ngân hàng Thế giới|World Bank Group|WBG|Worldbank"),
    ("ibrd", O, "IBRD", "Ngân hàng Tái thiết và Phát triển Quốc tế", "International Bank for Reconstruction and Development", "", ""),
    ("ifc", O, "IFC", "Tổ chức Tài chính Quốc tế", "International Finance Corporation", "",
     "Công ty Tài chính Quốc tế|Tập đoàn Tài chính Quốc tế"),
    ("ida", O, "IDA", "Hiệp hội Phát triển Quốc tế", "International Development Association", "", ""),
    ("miga", O, "MIGA", "Cơ quan Bảo lãnh Đầu tư Đa phương", "Multilateral Investment Guarantee Agency", "",
     "Cơ quan Bảo lãnh Đầu tư Đa biên"),
    ("imf", O, "IMF", "Quỹ Tiền tệ Quốc tế", "International Monetary Fund", "", ""),
    ("wto", O, "WTO", "Tổ chức Thương mại Thế giới", "World Trade Organization", "", "World Trade Organisation"),
    # ---- Development banks and funds -------------------------------------------
    ("adb", O, "ADB", "Ngân hàng Phát triển Châu Á", "Asian Development Bank", "", "Ngân hàng Phát triển châu Á"),
    ("adbi", O, "ADBI", "Viện Ngân hàng Phát triển Châu Á", "Asian Development Bank Institute", "",
     "ADB Institute|Viện Nghiên cứu của Ngân hàng Phát triển châu Á"),
    ("aiib", O, "AIIB", "Ngân hàng Đầu tư Cơ sở hạ tầng châu Á", "Asian Infrastructure Investment Bank", "",
     "Ngân hàng Đầu tư Hạ tầng châu Á"),
    ("eib", O, "EIB", "Ngân hàng Đầu tư châu Âu", "European Investment Bank", "", ""),
    ("ndb", O, "NDB", "Ngân hàng Phát triển Mới", "New Development Bank", "", "Ngân hàng Phát triển mới của BRICS|Ngân hàng BRICS"),
    ("isdb", O, "IsDB", "Ngân hàng Phát triển Hồi giáo", "Islamic Development Bank", "", ""),
    ("opec-fund", O, "OFID", "Quỹ OPEC vì Phát triển Quốc tế", "OPEC Fund for International Development", "",
     "OPEC Fund|Quỹ OPEC|Quỹ Phát triển Quốc tế OPEC|Quỹ Phát triển Quốc tế của OPEC|Quỹ OPEC về Phát triển Quốc tế"),
    ("ndf", O, "NDF", "Quỹ Phát triển Bắc Âu", "Nordic Development Fund", "", ""),
    ("nib", O, "NIB", "Ngân hàng Đầu tư Bắc Âu", "Nordic Investment Bank", "", ""),
    ("kfaed", A, "KFAED", "Quỹ Phát triển Kinh tế Ả-rập Cô-oét", "Kuwait Fund for Arab Economic Development", "KW",
     "Quỹ Kuwait|Quỹ Cô-oét|Kuwait Fund|Quỹ Phát triển Kinh tế Ả Rập Kuwait|Quỹ Phát triển Kinh tế Arab Kuwait|Quỹ Phát triển Kinh tế A-rập Cô-oét"),
    ("sfd", A, "SFD", "Quỹ Phát triển Ả-rập Xê-út", "Saudi Fund for Development", "SA",
     "Quỹ Phát triển Saudi|Quỹ Phát triển Saudi Arabia|Quỹ Saudi|Quỹ Phát triển A-rập Xê-út|Saudi Fund"),
    ("adfd", A, "ADFD", "Quỹ Phát triển Abu Dhabi", "Abu Dhabi Fund for Development", "AE", "Abu Dhabi Fund|Quỹ Abu Dhabi"),
    ("global-fund", O, "GFATM", "Quỹ Toàn cầu phòng chống AIDS, Lao và Sốt rét", "Global Fund to Fight AIDS, Tuberculosis and Malaria", "",
     "Quỹ Toàn cầu|The Global Fund|Global Fund|Quỹ Toàn cầu phòng chống HIV/AIDS, Lao và Sốt rét"),
    ("gavi", O, "GAVI", "Liên minh Toàn cầu về Vắc-xin và Tiêm chủng", "Gavi, the Vaccine Alliance", "",
     "Gavi|Liên minh Vắc-xin Gavi|Liên minh Vắc xin toàn cầu|Liên minh Vaccine Toàn cầu|Liên minh Toàn cầu về Vaccine và Tiêm chủng|Global Alliance for Vaccines and Immunisation"),
    ("gef", O, "GEF", "Quỹ Môi trường Toàn cầu", "Global Environment Facility", "", ""),
    ("gcf", O, "GCF", "Quỹ Khí hậu Xanh", "Green Climate Fund", "", "Quỹ Khí hậu xanh của Liên hợp quốc"),
    ("cif", O, "", "Quỹ Đầu tư Khí hậu", "Climate Investment Funds", "", "Quỹ Đầu tư vì Khí hậu"),
    ("gpe", O, "GPE", "Quỹ Đối tác Toàn cầu về Giáo dục", "Global Partnership for Education", "",
     "Quan hệ Đối tác Toàn cầu vì Giáo dục|Đối tác Toàn cầu về Giáo dục"),
    # ---- Blocs and intergovernmental bodies ------------------------------------
    ("eu", O, "EU", "Liên minh châu Âu", "European Union", "", "Liên minh Châu Âu|Liên hiệp châu Âu"),
    ("ec", O, "EC", "Ủy ban châu Âu", "European Commission", "", "Ủy ban Châu Âu"),
    ("european-parliament", O, "", "Nghị viện châu Âu", "European Parliament", "", "Nghị viện Châu Âu"),
    ("asean", O, "ASEAN", "Hiệp hội các quốc gia Đông Nam Á", "Association of Southeast Asian Nations", "",
     "Hiệp hội các nước Đông Nam Á|Hiệp hội Các quốc gia Đông Nam Á"),
    ("asean-secretariat", O, "", "Ban Thư ký ASEAN", "ASEAN Secretariat", "", "Ban Thư ký Hiệp hội các quốc gia Đông Nam Á"),
    ("apec", O, "APEC", "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương", "Asia-Pacific Economic Cooperation", "",
     "Diễn đàn Hợp tác Kinh tế Châu Á - Thái Bình Dương"),
    ("asem", O, "ASEM", "Diễn đàn Hợp tác Á - Âu", "Asia-Europe Meeting", "", "Diễn đàn hợp tác Á-Âu|Hội nghị Á - Âu"),
    ("aipa", O, "AIPA", "Đại hội đồng Liên nghị viện ASEAN", "ASEAN Inter-Parliamentary Assembly", "",
     "Đại hội đồng Liên Nghị viện ASEAN|Hội đồng Liên nghị viện ASEAN"),
    ("ipu", O, "IPU", "Liên minh Nghị viện Thế giới", "Inter-Parliamentary Union", "", "Liên minh Nghị viện Quốc tế"),
    ("g20", O, "G20", "Nhóm các nền kinh tế lớn G20", "Group of Twenty", "", "Nhóm G20|Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới"),
    ("oecd", O, "OECD", "Tổ chức Hợp tác và Phát triển Kinh tế", "Organisation for Economic Co-operation and Development", "",
     "Organization for Economic Cooperation and Development"),
    ("mrc", O, "MRC", "Ủy hội sông Mê Công quốc tế", "Mekong River Commission", "",
     "Ủy ban sông Mê Công quốc tế|Ủy hội sông Mekong quốc tế|Ủy hội sông Mê Kông quốc tế|Ủy hội Mê Công quốc tế|Ủy hội sông Mê Công"),
    ("mekong-lancang", O, "MLC", "Hợp tác Mê Công - Lan Thương", "Mekong-Lancang Cooperation", "",
     "Hợp tác Mekong - Lan Thương|Cơ chế Hợp tác Mê Công - Lan Thương|Lancang-Mekong Cooperation|Hợp tác Lan Thương - Mê Công|LMC"),
    ("gms", O, "GMS", "Tiểu vùng Mê Công mở rộng", "Greater Mekong Subregion", "",
     "Tiểu vùng sông Mê Công mở rộng|Chương trình Hợp tác kinh tế Tiểu vùng Mê Công mở rộng|Hợp tác Tiểu vùng Mê Công mở rộng|Tiểu vùng Mekong mở rộng"),
    ("mekong-japan", O, "", "Hợp tác Mê Công - Nhật Bản", "Mekong-Japan Cooperation", "",
     "Hợp tác Mekong - Nhật Bản|Hợp tác Mê Kông - Nhật Bản"),
    ("mekong-korea", O, "", "Hợp tác Mê Công - Hàn Quốc", "Mekong-Republic of Korea Cooperation", "",
     "Hợp tác Mekong - Hàn Quốc|Hợp tác Mê Kông - Hàn Quốc|Mekong-Korea Cooperation|Quỹ Hợp tác Mê Công - Hàn Quốc"),
    ("mekong-us", O, "MUSP", "Quan hệ Đối tác Mê Công - Mỹ", "Mekong-U.S. Partnership", "",
     "Đối tác Mê Công - Mỹ|Quan hệ Đối tác Mekong - Mỹ|Mekong-US Partnership|Quan hệ Đối tác Mê Công - Hoa Kỳ|Sáng kiến Hạ nguồn Mê Công|Sáng kiến Hạ nguồn sông Mê Công|Lower Mekong Initiative|LMI"),
    ("oif", O, "OIF", "Tổ chức Quốc tế Pháp ngữ", "Organisation internationale de la Francophonie", "",
     "Cộng đồng Pháp ngữ|International Organisation of La Francophonie|Tổ chức Pháp ngữ Quốc tế"),
    ("auf", O, "AUF", "Tổ chức Đại học Pháp ngữ", "Agence universitaire de la Francophonie", "",
     "Cơ quan Đại học Pháp ngữ|Hiệp hội các trường Đại học Pháp ngữ"),
    ("iucn", O, "IUCN", "Liên minh Quốc tế Bảo tồn Thiên nhiên", "International Union for Conservation of Nature", "",
     "Liên minh Bảo tồn Thiên nhiên Quốc tế|Tổ chức Bảo tồn Thiên nhiên Quốc tế"),
    ("icrc", O, "ICRC", "Ủy ban Chữ thập đỏ Quốc tế", "International Committee of the Red Cross", "",
     "Ủy ban Quốc tế Chữ thập đỏ|Ủy ban Hội Chữ thập đỏ Quốc tế"),
    ("ifrc", O, "IFRC", "Hiệp hội Chữ thập đỏ và Trăng lưỡi liềm đỏ Quốc tế",
     "International Federation of Red Cross and Red Crescent Societies", "",
     "Liên đoàn Chữ thập đỏ và Trăng lưỡi liềm đỏ Quốc tế|Liên đoàn Quốc tế Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ|Hiệp hội Quốc tế Chữ thập đỏ và Trăng lưỡi liềm đỏ|Liên đoàn Chữ thập đỏ Quốc tế"),
    ("cgiar", O, "CGIAR", "Nhóm Tư vấn Nghiên cứu Nông nghiệp Quốc tế", "CGIAR", "",
     "Consultative Group on International Agricultural Research|Nhóm Tư vấn về Nghiên cứu Nông nghiệp Quốc tế"),
    ("irri", O, "IRRI", "Viện Nghiên cứu Lúa gạo Quốc tế", "International Rice Research Institute", "",
     "Viện Nghiên cứu Lúa Quốc tế|Viện Lúa Quốc tế"),
    ("worldfish", O, "", "Trung tâm Nghề cá Thế giới", "WorldFish", "", "World Fish|WorldFish Center|Trung tâm Cá Thế giới"),
    ("icraf", O, "ICRAF", "Trung tâm Nông lâm kết hợp Thế giới", "World Agroforestry", "",
     "World Agroforestry Centre|Trung tâm Nông Lâm kết hợp Quốc tế|Trung tâm Nghiên cứu Nông lâm kết hợp Quốc tế|CIFOR-ICRAF"),
    ("interpol", O, "", "Tổ chức Cảnh sát Hình sự Quốc tế", "International Criminal Police Organization", "",
     "Interpol|INTERPOL"),
    ("uclg", O, "UCLG", "Tổ chức Các thành phố và Chính quyền địa phương thống nhất", "United Cities and Local Governments", "",
     "Tổ chức Thành phố và Chính quyền địa phương thống nhất|Tổ chức Thành phố và Chính quyền Địa phương Thống nhất Thế giới"),
    ("citynet", O, "", "Mạng lưới các thành phố khu vực châu Á - Thái Bình Dương", "CityNet", "",
     "Mạng lưới CityNet|Tổ chức CityNet|Mạng lưới Citynet"),
    ("asef", O, "ASEF", "Quỹ Á - Âu", "Asia-Europe Foundation", "", "Quỹ Á-Âu|Quỹ châu Á - châu Âu"),
    ("colombo-plan", O, "", "Kế hoạch Colombo", "Colombo Plan", "", "Tổ chức Kế hoạch Colombo"),
    ("apo", O, "APO", "Tổ chức Năng suất châu Á", "Asian Productivity Organization", "", "Tổ chức Năng suất Châu Á"),
    ("seameo", O, "SEAMEO", "Tổ chức Bộ trưởng Giáo dục các nước Đông Nam Á", "Southeast Asian Ministers of Education Organization", "",
     "Tổ chức Bộ trưởng Giáo dục Đông Nam Á"),
    ("eria", O, "ERIA", "Viện Nghiên cứu Kinh tế ASEAN và Đông Á", "Economic Research Institute for ASEAN and East Asia", "", ""),
    ("gggi", O, "GGGI", "Viện Tăng trưởng Xanh Toàn cầu", "Global Green Growth Institute", "", "Viện Tăng trưởng xanh toàn cầu"),
    ("wef", O, "WEF", "Diễn đàn Kinh tế Thế giới", "World Economic Forum", "", "Diễn đàn Davos"),
    ("wco", O, "WCO", "Tổ chức Hải quan Thế giới", "World Customs Organization", "", ""),
    ("woah", O, "WOAH", "Tổ chức Thú y Thế giới", "World Organisation for Animal Health", "",
     "OIE|Tổ chức Sức khỏe Động vật Thế giới|World Organization for Animal Health"),
    ("adpc", O, "ADPC", "Trung tâm Phòng ngừa Thảm họa châu Á", "Asian Disaster Preparedness Center", "",
     "Trung tâm Sẵn sàng ứng phó Thiên tai châu Á|Trung tâm Phòng chống Thiên tai châu Á"),
    ("opec", O, "OPEC", "Tổ chức các nước xuất khẩu dầu mỏ", "Organization of the Petroleum Exporting Countries", "", ""),
    ("eaeu", O, "EAEU", "Liên minh Kinh tế Á - Âu", "Eurasian Economic Union", "", "Liên minh Kinh tế Á Âu|EEU|Liên minh Kinh tế Á-Âu"),
    ("brics", O, "BRICS", "Nhóm BRICS", "BRICS", "", "Khối BRICS"),
    ("acmecs", O, "ACMECS", "Chiến lược Hợp tác Kinh tế Ayeyawady - Chao Phraya - Mê Công", "Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy", "",
     "Chiến lược Hợp tác Kinh tế Ayeyawady - Chao Phraya - Mekong"),
    ("clv", O, "CLV", "Tam giác phát triển Campuchia - Lào - Việt Nam", "Cambodia-Laos-Vietnam Development Triangle Area", "",
     "Khu vực Tam giác phát triển Campuchia - Lào - Việt Nam|Tam giác phát triển CLV|Khu vực Tam giác phát triển CLV"),
    ("mekong-institute", O, "", "Viện Mê Công", "Mekong Institute", "", "Viện Mekong"),
    ("asean-korea-centre", O, "", "Trung tâm ASEAN - Hàn Quốc", "ASEAN-Korea Centre", "", "Trung tâm ASEAN-Hàn Quốc|ASEAN-Korea Center"),
    ("asean-japan-centre", O, "AJC", "Trung tâm ASEAN - Nhật Bản", "ASEAN-Japan Centre", "", "Trung tâm ASEAN-Nhật Bản|ASEAN-Japan Center"),
    ("asean-china-centre", O, "ACC", "Trung tâm ASEAN - Trung Quốc", "ASEAN-China Centre", "", "Trung tâm ASEAN-Trung Quốc"),
    ("asean-foundation", O, "", "Quỹ ASEAN", "ASEAN Foundation", "", ""),
    ("apf", O, "APF", "Hội đồng Nghị viện Pháp ngữ", "Assemblée parlementaire de la Francophonie", "",
     "Liên minh Nghị viện Pháp ngữ|Hội nghị Nghị viện Pháp ngữ"),
    ("aimf", O, "AIMF", "Hiệp hội Thị trưởng các thành phố Pháp ngữ", "Association internationale des maires francophones", "",
     "Hiệp hội Quốc tế các Thị trưởng Pháp ngữ|Hiệp hội các Thị trưởng Pháp ngữ"),
    ("alliance-bioversity-ciat", O, "CIAT", "Trung tâm Nông nghiệp Nhiệt đới Quốc tế", "Alliance of Bioversity International and CIAT", "",
     "International Center for Tropical Agriculture|Bioversity International|Liên minh Bioversity International và CIAT"),
    ("ilri", O, "ILRI", "Viện Nghiên cứu Chăn nuôi Quốc tế", "International Livestock Research Institute", "", ""),
    ("iwmi", O, "IWMI", "Viện Quản lý Nước Quốc tế", "International Water Management Institute", "", ""),
    ("cimmyt", O, "CIMMYT", "Trung tâm Cải tiến Giống Ngô và Lúa mì Quốc tế", "International Maize and Wheat Improvement Center", "", ""),
    ("cip", O, "", "Trung tâm Khoai tây Quốc tế", "International Potato Center", "", ""),
    ("worldveg", O, "", "Trung tâm Rau Thế giới", "World Vegetable Center", "", "AVRDC|Trung tâm Rau quả Thế giới|WorldVeg"),
    ("pemsea", O, "PEMSEA", "Tổ chức Đối tác quản lý môi trường các biển Đông Á", "Partnerships in Environmental Management for the Seas of East Asia", "", ""),
    ("ewg", O, "", "Hội đồng Kinh doanh Hoa Kỳ - ASEAN", "US-ASEAN Business Council", "US",
     "US-ASEAN Business Council|USABC|Hội đồng Kinh doanh Mỹ - ASEAN|Hội đồng Kinh doanh Hoa Kỳ-ASEAN"),
    # ---- Foreign government agencies: Japan --------------------------------------
    ("jica", A, "JICA", "Cơ quan Hợp tác Quốc tế Nhật Bản", "Japan International Cooperation Agency", "JP",
     "Tổ chức Hợp tác Quốc tế Nhật Bản|Cơ quan hợp tác quốc tế Nhật Bản"),
    ("jbic", A, "JBIC", "Ngân hàng Hợp tác Quốc tế Nhật Bản", "Japan Bank for International Cooperation", "JP", ""),
    ("jetro", A, "JETRO", "Tổ chức Xúc tiến Thương mại Nhật Bản", "Japan External Trade Organization", "JP",
     "Cơ quan Xúc tiến Thương mại Nhật Bản|Tổ chức Ngoại thương Nhật Bản|Tổ chức Xúc tiến Ngoại thương Nhật Bản"),
    ("nexi", A, "NEXI", "Công ty Bảo hiểm Xuất khẩu và Đầu tư Nhật Bản", "Nippon Export and Investment Insurance", "JP",
     "Tổ chức Bảo hiểm Xuất khẩu và Đầu tư Nhật Bản|Cơ quan Bảo hiểm Xuất khẩu và Đầu tư Nhật Bản"),
    ("jocv", A, "JOCV", "Chương trình Tình nguyện viên Hợp tác Hải ngoại Nhật Bản", "Japan Overseas Cooperation Volunteers", "JP",
     "Tình nguyện viên JICA|Tình nguyện viên Hợp tác Hải ngoại Nhật Bản|JICA Volunteers"),
    ("japan-foundation", A, "", "Quỹ Giao lưu Quốc tế Nhật Bản", "Japan Foundation", "JP",
     "The Japan Foundation|Trung tâm Giao lưu Văn hóa Nhật Bản"),
    ("clair", A, "CLAIR", "Hội đồng Chính quyền địa phương vì Quan hệ Quốc tế Nhật Bản", "Council of Local Authorities for International Relations", "JP",
     "Hội đồng Chính quyền địa phương Nhật Bản về Quan hệ quốc tế"),
    ("jnto", A, "JNTO", "Cục Xúc tiến Du lịch Quốc gia Nhật Bản", "Japan National Tourism Organization", "JP",
     "Tổng cục Du lịch Quốc gia Nhật Bản|Cơ quan Xúc tiến Du lịch Nhật Bản"),
    ("jcci", O, "JCCI", "Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam", "Japan Chamber of Commerce and Industry in Vietnam", "JP",
     "Hiệp hội Doanh nghiệp Nhật Bản tại Việt Nam|JCCH|Phòng Thương mại và Công nghiệp Nhật Bản"),
    ("keidanren", O, "", "Liên đoàn các tổ chức kinh tế Nhật Bản", "Japan Business Federation", "JP",
     "Keidanren|Liên đoàn Kinh tế Nhật Bản|Liên đoàn Doanh nghiệp Nhật Bản"),
    # ---- Korea -------------------------------------------------------------------
    ("koica", A, "KOICA", "Cơ quan Hợp tác Quốc tế Hàn Quốc", "Korea International Cooperation Agency", "KR",
     "Tổ chức Hợp tác Quốc tế Hàn Quốc"),
    ("kexim", A, "KEXIM", "Ngân hàng Xuất nhập khẩu Hàn Quốc", "Export-Import Bank of Korea", "KR",
     "KEXIMBANK|KEXIM Bank|Korea Eximbank|Korea Exim Bank|Ngân hàng Xuất Nhập khẩu Hàn Quốc"),
    ("edcf", A, "EDCF", "Quỹ Hợp tác Phát triển Kinh tế Hàn Quốc", "Economic Development Cooperation Fund", "KR",
     "Quỹ Hợp tác phát triển kinh tế của Hàn Quốc|Quỹ EDCF"),
    ("kotra", A, "KOTRA", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc", "Korea Trade-Investment Promotion Agency", "KR",
     "Cơ quan Xúc tiến Thương mại Hàn Quốc|Tổ chức Xúc tiến Thương mại và Đầu tư Hàn Quốc"),
    ("kofih", A, "KOFIH", "Quỹ Chăm sóc Sức khỏe Quốc tế Hàn Quốc", "Korea Foundation for International Healthcare", "KR",
     "Quỹ Hợp tác Y tế Quốc tế Hàn Quốc|Quỹ Y tế Quốc tế Hàn Quốc"),
    ("korea-foundation", A, "", "Quỹ Giao lưu Quốc tế Hàn Quốc", "Korea Foundation", "KR", "Quỹ Hàn Quốc"),
    ("kto", A, "KTO", "Tổng cục Du lịch Hàn Quốc", "Korea Tourism Organization", "KR", "Cơ quan Du lịch Hàn Quốc"),
    ("world-friends-korea", A, "", "Chương trình Tình nguyện viên Hàn Quốc", "World Friends Korea", "KR",
     "KOV|Korea Overseas Volunteers|Tình nguyện viên KOICA"),
    ("kita", O, "KITA", "Hiệp hội Thương mại Quốc tế Hàn Quốc", "Korea International Trade Association", "KR", "Hiệp hội Thương mại Hàn Quốc"),
    ("korcham", O, "KorCham", "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam", "Korean Chamber of Business in Vietnam", "KR",
     "KORCHAM|Phòng Thương mại Hàn Quốc tại Việt Nam|Hiệp hội Thương mại Hàn Quốc tại Việt Nam"),
    # ---- United States ------------------------------------------------------------
    ("usaid", A, "USAID", "Cơ quan Phát triển Quốc tế Hoa Kỳ", "United States Agency for International Development", "US",
     "Cơ quan Phát triển Quốc tế Mỹ|Cơ quan Hợp tác Phát triển Quốc tế Hoa Kỳ|US Agency for International Development"),
    ("peace-corps", A, "", "Đoàn Hòa bình Hoa Kỳ", "Peace Corps", "US", "Đoàn Hòa bình Mỹ|US Peace Corps"),
    ("dfc", A, "DFC", "Tập đoàn Tài chính Phát triển Quốc tế Hoa Kỳ", "U.S. International Development Finance Corporation", "US",
     "Tổ chức Tài chính Phát triển Quốc tế Hoa Kỳ|Cơ quan Tài chính Phát triển Quốc tế Hoa Kỳ|US International Development Finance Corporation"),
    ("ustda", A, "USTDA", "Cơ quan Thương mại và Phát triển Hoa Kỳ", "U.S. Trade and Development Agency", "US",
     "Cơ quan Phát triển Thương mại Hoa Kỳ|US Trade and Development Agency"),
    ("us-exim", A, "", "Ngân hàng Xuất nhập khẩu Hoa Kỳ", "Export-Import Bank of the United States", "US",
     "US Exim|US EXIM Bank|Ngân hàng Xuất nhập khẩu Mỹ|Ngân hàng Xuất Nhập khẩu Hoa Kỳ"),
    ("usda", A, "USDA", "Bộ Nông nghiệp Hoa Kỳ", "United States Department of Agriculture", "US", "Bộ Nông nghiệp Mỹ"),
    ("dpaa", A, "DPAA", "Cơ quan Tìm kiếm tù binh và quân nhân mất tích Hoa Kỳ", "Defense POW/MIA Accounting Agency", "US",
     "Cơ quan Tìm kiếm tù binh và người mất tích Hoa Kỳ|Cơ quan Tìm kiếm người Mỹ mất tích|Cơ quan Tìm kiếm Tù binh và Quân nhân Mất tích Hoa Kỳ"),
    ("us-cdc", A, "", "Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Hoa Kỳ", "Centers for Disease Control and Prevention", "US",
     "CDC Hoa Kỳ|US CDC|CDC Mỹ|Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Mỹ|Trung tâm Kiểm soát Dịch bệnh Hoa Kỳ"),
    ("pepfar", A, "PEPFAR", "Kế hoạch Cứu trợ khẩn cấp của Tổng thống Hoa Kỳ về phòng chống AIDS", "U.S. President's Emergency Plan for AIDS Relief", "US",
     "Chương trình PEPFAR|Kế hoạch cứu trợ khẩn cấp của Tổng thống Hoa Kỳ về phòng chống HIV/AIDS"),
    ("fulbright", A, "", "Chương trình Fulbright", "Fulbright Program", "US", "Học bổng Fulbright|Fulbright"),
    ("amcham", O, "AmCham", "Phòng Thương mại Hoa Kỳ tại Việt Nam", "American Chamber of Commerce in Vietnam", "US",
     "AMCHAM|Phòng Thương mại Mỹ tại Việt Nam|Phòng Thương mại Hoa Kỳ"),
    # ---- Germany ----------------------------------------------------------------------
    ("giz", A, "GIZ", "Tổ chức Hợp tác Quốc tế Đức", "Deutsche Gesellschaft für Internationale Zusammenarbeit", "DE",
     "Cơ quan Hợp tác Quốc tế Đức|Tổ chức Hợp tác Phát triển Đức|German Agency for International Cooperation|GTZ|Tổ chức Hợp tác Kỹ thuật Đức"),
    ("kfw", A, "KfW", "Ngân hàng Tái thiết Đức", "KfW Development Bank", "DE",
     "KFW|Ngân hàng Phát triển Đức|KfW Entwicklungsbank|Kreditanstalt für Wiederaufbau|Ngân hàng Tái thiết Đức KfW"),
    ("bmz", A, "BMZ", "Bộ Hợp tác Kinh tế và Phát triển Liên bang Đức", "Federal Ministry for Economic Cooperation and Development", "DE",
     "Bộ Hợp tác Kinh tế và Phát triển Đức"),
    ("daad", A, "DAAD", "Cơ quan Trao đổi Hàn lâm Đức", "German Academic Exchange Service", "DE",
     "Tổ chức Trao đổi Hàn lâm Đức|Deutscher Akademischer Austauschdienst"),
    ("goethe-institut", A, "", "Viện Goethe", "Goethe-Institut", "DE", "Goethe Institut|Viện Goethe Đức"),
    ("ahk", O, "AHK", "Phòng Công nghiệp và Thương mại Đức tại Việt Nam", "German Industry and Commerce Vietnam", "DE",
     "Phòng Thương mại và Công nghiệp Đức tại Việt Nam|Hiệp hội Doanh nghiệp Đức tại Việt Nam|GIC"),
    # ---- France / Belgium ---------------------------------------------------------------
    ("afd", A, "AFD", "Cơ quan Phát triển Pháp", "Agence française de développement", "FR",
     "French Development Agency|Cơ quan Phát triển Pháp AFD"),
    ("business-france", A, "", "Cơ quan Xúc tiến Thương mại Pháp", "Business France", "FR", "Business France"),
    ("institut-francais", A, "", "Viện Pháp tại Việt Nam", "Institut français", "FR",
     "Institut Français du Vietnam|Institut français du Viet Nam|Viện Văn hóa Pháp"),
    ("expertise-france", A, "", "Cơ quan Hợp tác Kỹ thuật Quốc tế Pháp", "Expertise France", "FR", ""),
    ("campus-france", A, "", "Cơ quan Xúc tiến Giáo dục Đại học Pháp", "Campus France", "FR", ""),
    ("efeo", A, "EFEO", "Viện Viễn Đông Bác cổ Pháp", "École française d'Extrême-Orient", "FR",
     "Trường Viễn Đông Bác cổ Pháp|Viện Viễn Đông Bác Cổ|French School of the Far East"),
    ("ird", A, "IRD", "Viện Nghiên cứu Phát triển Pháp", "Institut de recherche pour le développement", "FR",
     "French National Research Institute for Sustainable Development"),
    ("cirad", A, "CIRAD", "Trung tâm Hợp tác Quốc tế Nghiên cứu Nông nghiệp vì Phát triển", "Centre de coopération internationale en recherche agronomique pour le développement", "FR",
     "Trung tâm Nghiên cứu Nông nghiệp Pháp vì Phát triển"),
    ("ccifv", O, "CCIFV", "Phòng Thương mại và Công nghiệp Pháp tại Việt Nam", "French Chamber of Commerce and Industry in Vietnam", "FR",
     "CCI France Vietnam|Phòng Thương mại Pháp tại Việt Nam"),
    ("enabel", A, "", "Cơ quan Phát triển Bỉ", "Enabel", "BE",
     "Cơ quan Phát triển Vương quốc Bỉ|Belgian Development Agency|Cơ quan Hợp tác Kỹ thuật Bỉ|BTC|Cơ quan Phát triển Bỉ Enabel"),
    ("apefe", A, "APEFE", "Hiệp hội vì Giáo dục và Đào tạo ở nước ngoài", "Association pour la promotion de l'éducation et de la formation à l'étranger", "BE",
     "Tổ chức APEFE|Hiệp hội Xúc tiến Giáo dục và Đào tạo ở nước ngoài"),
    ("wbi", A, "WBI", "Cơ quan Wallonie-Bruxelles Quốc tế", "Wallonie-Bruxelles International", "BE",
     "Wallonie-Bruxelles International|Phái đoàn Wallonie-Bruxelles|Wallonie Bruxelles Quốc tế"),
    ("vvob", N, "VVOB", "Tổ chức Hợp tác Giáo dục Bỉ VVOB", "VVOB - Education for Development", "BE", ""),
    # ---- Nordic, Switzerland, Benelux, other Europe --------------------------------------------
    ("sida", A, "", "Cơ quan Hợp tác Phát triển Quốc tế Thụy Điển", "Swedish International Development Cooperation Agency", "SE",
     "Cơ quan Phát triển Quốc tế Thụy Điển|Cơ quan Hợp tác phát triển quốc tế Thụy Điển"),
    ("danida", A, "Danida", "Cơ quan Phát triển Quốc tế Đan Mạch", "Danish International Development Agency", "DK",
     "DANIDA|Cơ quan Hợp tác Phát triển Quốc tế Đan Mạch|Chương trình Hợp tác Phát triển Đan Mạch"),
    ("finnfund", A, "", "Quỹ Hợp tác Công nghiệp Phần Lan", "Finnish Fund for Industrial Cooperation", "FI", "Finnfund"),
    ("norad", A, "Norad", "Cơ quan Hợp tác Phát triển Na Uy", "Norwegian Agency for Development Cooperation", "NO",
     "NORAD|Cơ quan Phát triển Quốc tế Na Uy"),
    ("luxdev", A, "LuxDev", "Cơ quan Hợp tác Phát triển Luxembourg", "Luxembourg Agency for Development Cooperation", "LU",
     "Cơ quan Hợp tác Phát triển Lúc-xăm-bua|Cơ quan Phát triển Luxembourg|Lux-Development"),
    ("sdc", A, "SDC", "Cơ quan Phát triển và Hợp tác Thụy Sĩ", "Swiss Agency for Development and Cooperation", "CH",
     "Cơ quan Hợp tác và Phát triển Thụy Sĩ|DEZA"),
    ("seco", A, "SECO", "Cục Kinh tế Liên bang Thụy Sĩ", "State Secretariat for Economic Affairs", "CH",
     "Văn phòng Kinh tế Liên bang Thụy Sĩ|Cục Kinh tế Quốc gia Thụy Sĩ|Bộ Kinh tế Liên bang Thụy Sĩ"),
    ("rvo", A, "RVO", "Cơ quan Doanh nghiệp Hà Lan", "Netherlands Enterprise Agency", "NL", "Cơ quan Xúc tiến Doanh nghiệp Hà Lan"),
    ("fmo", A, "FMO", "Ngân hàng Phát triển Hà Lan", "Dutch Entrepreneurial Development Bank", "NL", "Ngân hàng Phát triển Doanh nghiệp Hà Lan"),
    ("hungary-exim", A, "", "Ngân hàng Xuất nhập khẩu Hungary", "Hungarian Export-Import Bank", "HU",
     "Hungary Eximbank|Hungarian Eximbank|Ngân hàng Xuất Nhập khẩu Hungary|Eximbank Hungary"),
    ("czda", A, "CzDA", "Cơ quan Phát triển Séc", "Czech Development Agency", "CZ", "Cơ quan Hợp tác Phát triển Séc"),
    ("polish-aid", A, "", "Chương trình Viện trợ Ba Lan", "Polish Aid", "PL", "Polish Aid|Viện trợ Ba Lan"),
    ("slovakaid", A, "", "Cơ quan Hợp tác Phát triển Quốc tế Slovakia", "SlovakAid", "SK", "Slovak Aid|Viện trợ Slovakia"),
    ("ada", A, "", "Cơ quan Phát triển Áo", "Austrian Development Agency", "AT", "Cơ quan Hợp tác Phát triển Áo"),
    ("aics", A, "AICS", "Cơ quan Hợp tác Phát triển Italy", "Italian Agency for Development Cooperation", "IT",
     "Cơ quan Hợp tác Phát triển Italia|Cơ quan Hợp tác Phát triển I-ta-li-a"),
    ("aecid", A, "AECID", "Cơ quan Hợp tác Phát triển Quốc tế Tây Ban Nha", "Spanish Agency for International Development Cooperation", "ES",
     "Cơ quan Hợp tác Quốc tế Tây Ban Nha"),
    ("irish-aid", A, "", "Cơ quan Viện trợ Ireland", "Irish Aid", "IE",
     "Chương trình Viện trợ Ireland|Cơ quan Viện trợ Ai-len|Cơ quan Phát triển Ireland|Irish Aid"),
    ("eurocham", O, "EuroCham", "Phòng Thương mại châu Âu tại Việt Nam", "European Chamber of Commerce in Vietnam", "",
     "EUROCHAM|Hiệp hội Doanh nghiệp châu Âu tại Việt Nam|Phòng Thương mại Châu Âu"),
    # ---- UK, Commonwealth ---------------------------------------------------------------
    ("fcdo", A, "FCDO", "Bộ Ngoại giao, Khối Thịnh vượng chung và Phát triển Anh", "Foreign, Commonwealth and Development Office", "GB",
     "Bộ Ngoại giao và Phát triển Anh|Bộ Ngoại giao Khối Thịnh vượng chung và Phát triển Anh"),
    ("dfid", A, "DFID", "Bộ Phát triển Quốc tế Anh", "Department for International Development", "GB",
     "Cơ quan Phát triển Quốc tế Anh|Bộ Phát triển Quốc tế Vương quốc Anh"),
    ("british-council", A, "", "Hội đồng Anh", "British Council", "GB", "Hội đồng Văn hóa Anh"),
    ("ukef", A, "UKEF", "Cơ quan Tín dụng Xuất khẩu Anh", "UK Export Finance", "GB", "Cơ quan Tín dụng Xuất khẩu Vương quốc Anh"),
    ("britcham", O, "BritCham", "Phòng Thương mại Anh tại Việt Nam", "British Chamber of Commerce Vietnam", "GB", "BRITCHAM"),
    ("dfat", A, "DFAT", "Bộ Ngoại giao và Thương mại Úc", "Department of Foreign Affairs and Trade", "AU",
     "Bộ Ngoại giao và Thương mại Australia|Bộ Ngoại giao và Thương mại Ô-xtrây-li-a"),
    ("ausaid", A, "AusAID", "Cơ quan Phát triển Quốc tế Úc", "Australian Agency for International Development", "AU",
     "AUSAID|Cơ quan Phát triển Quốc tế Australia|Cơ quan Phát triển Quốc tế Ô-xtrây-li-a"),
    ("aciar", A, "ACIAR", "Trung tâm Nghiên cứu Nông nghiệp Quốc tế Úc", "Australian Centre for International Agricultural Research", "AU",
     "Trung tâm Nghiên cứu Nông nghiệp Quốc tế Australia|Trung tâm Nghiên cứu Nông nghiệp Quốc tế Ô-xtrây-li-a"),
    ("australia-awards", A, "", "Học bổng Chính phủ Úc", "Australia Awards", "AU", "Học bổng Chính phủ Australia|Chương trình Học bổng Australia Awards"),
    ("australian-volunteers", A, "", "Chương trình Tình nguyện viên Úc", "Australian Volunteers Program", "AU",
     "Chương trình Tình nguyện viên Australia|Australian Volunteers International|Tình nguyện viên Úc"),
    ("austrade", A, "", "Cơ quan Thương mại và Đầu tư Chính phủ Úc", "Australian Trade and Investment Commission", "AU",
     "Austrade|Cơ quan Xúc tiến Thương mại và Đầu tư Australia|Cơ quan Thương mại và Đầu tư Australia"),
    ("auscham", O, "AusCham", "Phòng Thương mại Úc tại Việt Nam", "Australian Chamber of Commerce Vietnam", "AU",
     "AUSCHAM|Phòng Thương mại Australia tại Việt Nam"),
    ("global-affairs-canada", A, "GAC", "Bộ Ngoại giao Canada", "Global Affairs Canada", "CA",
     "Bộ Các vấn đề Toàn cầu Canada|Bộ Ngoại giao, Thương mại và Phát triển Canada"),
    ("cida", A, "CIDA", "Cơ quan Phát triển Quốc tế Canada", "Canadian International Development Agency", "CA",
     "Cơ quan Phát triển Quốc tế Ca-na-đa"),
    ("mfat", A, "MFAT", "Bộ Ngoại giao và Thương mại New Zealand", "Ministry of Foreign Affairs and Trade", "NZ",
     "Bộ Ngoại giao và Thương mại Niu Di-lân"),
    ("nzaid", A, "NZAID", "Cơ quan Phát triển Quốc tế New Zealand", "New Zealand Agency for International Development", "NZ",
     "Chương trình Viện trợ New Zealand|New Zealand Aid Programme|Cơ quan Phát triển Quốc tế Niu Di-lân"),
    # ---- Asia -----------------------------------------------------------------------------
    ("tica", A, "TICA", "Cơ quan Hợp tác Quốc tế Thái Lan", "Thailand International Cooperation Agency", "TH",
     "Cơ quan Hợp tác Phát triển Quốc tế Thái Lan"),
    ("neda", A, "NEDA", "Cơ quan Hợp tác Phát triển Kinh tế các nước láng giềng Thái Lan", "Neighbouring Countries Economic Development Cooperation Agency", "TH",
     "Cơ quan Hợp tác Phát triển Kinh tế với các nước láng giềng"),
    ("tat", A, "TAT", "Tổng cục Du lịch Thái Lan", "Tourism Authority of Thailand", "TH", "Cơ quan Du lịch Thái Lan"),
    ("edb-singapore", A, "EDB", "Ủy ban Phát triển Kinh tế Singapore", "Singapore Economic Development Board", "SG",
     "Economic Development Board|Ủy ban Phát triển Kinh tế Xinh-ga-po"),
    ("enterprise-singapore", A, "", "Cơ quan Phát triển Doanh nghiệp Singapore", "Enterprise Singapore", "SG",
     "Tổ chức Doanh nghiệp Singapore|IE Singapore|International Enterprise Singapore|Cơ quan Phát triển Thương mại Singapore"),
    ("scp", A, "", "Chương trình Hợp tác Singapore", "Singapore Cooperation Programme", "SG", "Singapore Cooperation Program"),
    ("temasek-foundation", N, "", "Quỹ Temasek", "Temasek Foundation", "SG", "Temasek Foundation International|Quỹ Temasek Foundation"),
    ("sbf", O, "SBF", "Liên đoàn Doanh nghiệp Singapore", "Singapore Business Federation", "SG", "Liên đoàn Kinh doanh Singapore"),
    ("taiwanicdf", A, "ICDF", "Quỹ Hợp tác và Phát triển Quốc tế Đài Loan", "International Cooperation and Development Fund", "TW",
     "TaiwanICDF|Taiwan ICDF|Quỹ Hợp tác Phát triển Quốc tế Đài Loan"),
    ("taitra", A, "TAITRA", "Hội đồng Phát triển Ngoại thương Đài Loan", "Taiwan External Trade Development Council", "TW",
     "Hội đồng Phát triển Mậu dịch Đài Loan|Cục Xúc tiến Ngoại thương Đài Loan"),
    ("mashav", A, "MASHAV", "Cơ quan Hợp tác Phát triển Quốc tế Israel", "Israel's Agency for International Development Cooperation", "IL",
     "Cơ quan Hợp tác Quốc tế Israel|Mashav"),
    ("cidca", A, "CIDCA", "Cơ quan Hợp tác Phát triển Quốc tế Trung Quốc", "China International Development Cooperation Agency", "CN",
     "Cơ quan Hợp tác Phát triển Quốc tế Quốc gia Trung Quốc"),
    ("china-exim", A, "", "Ngân hàng Xuất nhập khẩu Trung Quốc", "Export-Import Bank of China", "CN",
     "China Exim|China Eximbank|China Exim Bank|Chexim|Ngân hàng Xuất Nhập khẩu Trung Quốc|Ngân hàng Xuất nhập khẩu Trung Hoa"),
    ("cdb", A, "CDB", "Ngân hàng Phát triển Trung Quốc", "China Development Bank", "CN", "Ngân hàng Phát triển Quốc gia Trung Quốc"),
    ("ccpit", O, "CCPIT", "Hội đồng Xúc tiến Thương mại Quốc tế Trung Quốc", "China Council for the Promotion of International Trade", "CN",
     "Ủy ban Xúc tiến Thương mại Quốc tế Trung Quốc"),
    ("india-exim", A, "", "Ngân hàng Xuất nhập khẩu Ấn Độ", "Export-Import Bank of India", "IN", "India Exim Bank|Ngân hàng Xuất Nhập khẩu Ấn Độ"),
    ("itec", A, "ITEC", "Chương trình Hợp tác Kinh tế và Kỹ thuật Ấn Độ", "Indian Technical and Economic Cooperation Programme", "IN",
     "Chương trình Hợp tác Kỹ thuật và Kinh tế Ấn Độ"),
]
# fmt: on

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO2 = re.compile(r"^[A-Z]{2}$")
MAX_TOKENS = 8  # kg.gazetteer matches names of at most this many \w+ tokens
_CANT_CROSS = re.compile(r"[^\w \-‐‑–.]")  # kg.gazetteer cannot match across these (",", "&", "'", "/", "(")


def _clean(s: str) -> str:
    s = normalise_text(unicodedata.normalize("NFC", s.strip()))
    if "\t" in s or "\n" in s:
        raise ValueError(f"control character in {s!r}")
    return s


def build() -> list[tuple[str, ...]]:
    seen: set[str] = set()
    out: list[tuple[str, ...]] = []
    for row in ROWS:
        if len(row) != len(HEADER):
            raise ValueError(f"bad row {row!r}")
        id_, kind, acr, vi, en, cc, aliases = (_clean(c) for c in row)
        if not _SLUG.match(id_):
            raise ValueError(f"bad id {id_!r}")
        if id_ in seen:
            raise ValueError(f"duplicate id {id_!r}")
        seen.add(id_)
        if kind not in KINDS:
            raise ValueError(f"{id_}: bad kind {kind!r}")
        if cc and not _ISO2.match(cc):
            raise ValueError(f"{id_}: bad country {cc!r}")
        if kind == "agency" and not cc:
            raise ValueError(f"{id_}: an agency needs a country")
        if not (vi or en):
            raise ValueError(f"{id_}: no name")
        names = [n for n in (acr, vi, en) if n] + [a.strip() for a in aliases.split("|") if a.strip()]
        for n in names:
            if "|" in n:
                raise ValueError(f"{id_}: '|' in {n!r}")
            if n in FORBIDDEN:
                raise ValueError(f"{id_}: forbidden name {n!r}")
        # aliases: dedupe, drop ones equal to a main name, keep curated order
        main = {acr, vi, en}
        al = [a for a in dict.fromkeys(a.strip() for a in aliases.split("|")) if a and a not in main]
        out.append((id_, kind, acr, vi, en, cc, "|".join(al)))
    out.sort(key=lambda r: r[0])
    return out


def report(rows: list[tuple[str, ...]]) -> None:
    kinds: dict[str, int] = {}
    unmatchable = []
    for r in rows:
        kinds[r[1]] = kinds.get(r[1], 0) + 1
        for n in [r[3], r[4], *r[6].split("|")]:
            if n and (len(re.findall(r"\w+", n)) > MAX_TOKENS or _CANT_CROSS.search(n)):
                unmatchable.append(f"{r[0]}: {n}")
    print(f"{len(rows)} rows: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), file=sys.stderr)
    print(f"{len(unmatchable)} names longer than {MAX_TOKENS} tokens or with punctuation the matcher "
          f"cannot cross (kept as labels)", file=sys.stderr)


def main() -> None:
    rows = build()
    text = SOURCE + "\n" + "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    OUT.write_text(text, encoding="utf-8", newline="\n")
    report(rows)


if __name__ == "__main__":
    main()
