"""How the network page draws things: node and edge types, their colours and legend text, limits."""


from __future__ import annotations

import math

from .. import vocab as V

DEFAULT_TITLE = "kg — foreign partners of Vietnam's provinces"

#: Partner classes in order of preference when a partner has several.
PARTNER_TYPES: tuple[str, ...] = V.PARTNER_TYPES

#: Fill colour of each node type (a partner with no known class is "Partner").
TYPE_COLOURS: dict[str, str] = {
    "Province": "#d62728",
    "ForeignCountry": "#1f77b4",
    "ForeignLocality": "#17becf",
    "InternationalOrganisation": "#2ca02c",
    "GovernmentAgency": "#9467bd",
    "DiplomaticMission": "#ff7f0e",
    "Company": "#8c564b",
    "NGO": "#e377c2",
    "Partner": "#7f7f7f",
}

#: Legend text of each node type.
TYPE_NAMES: dict[str, str] = {
    "Province": "Province (tỉnh, thành phố)",
    "ForeignCountry": "Foreign country (quốc gia)",
    "ForeignLocality": "Foreign locality (địa phương)",
    "InternationalOrganisation": "International org. (tổ chức quốc tế)",
    "GovernmentAgency": "Foreign agency (cơ quan chính phủ)",
    "DiplomaticMission": "Diplomatic mission (đại sứ quán…)",
    "Company": "Company (doanh nghiệp)",
    "NGO": "NGO (tổ chức phi chính phủ)",
    "Partner": "Other partner (đối tác khác)",
}

#: Edge categories, in order of precedence: a partnership is drawn in the colour
#: of the first that applies.
EDGE_KINDS: tuple[str, ...] = ("agreement", "visit", "aid_investment", "other")

EDGE_COLOURS: dict[str, str] = {
    "agreement": "#c2255c",
    "visit": "#f08c00",
    "aid_investment": "#2f9e44",
    "other": "#a5adb8",
}

def _named(term: object) -> str:
    """"Aid and investment (viện trợ, đầu tư)": the ontology's English label, then its Vietnamese one."""
    en, vi = V.label(term, "en") or "", V.label(term, "vi") or ""  # type: ignore[arg-type]
    return f"{en[:1].upper()}{en[1:]} ({vi})"


#: Each edge category is named by the relation kind it draws ("other" is the ontology's cooperation).
EDGE_NAMES: dict[str, str] = {
    kind: _named(V.relation_kind("cooperation" if kind == "other" else kind)) for kind in EDGE_KINDS
}

#: Agreement statuses by the ontology's labels: "đã ký kết / signed".
STATUS_NAMES: dict[str, str] = {
    key: f"{V.label(V.agreement_status(key))} / {V.label(V.agreement_status(key), 'en')}"
    for key in V.AGREEMENT_STATUSES
}

TOP_N = 300  # nodes shown by default (by degree); the page has a "show all" switch
MAX_SENTENCE = 1200  # characters of one evidence sentence kept for the page
MAX_LABEL = 40  # characters of a node label drawn on the canvas


def _edge_width(articles: int) -> float:
    return round(min(12.0, 1.0 + 2.0 * math.log2(max(articles, 1))), 2)


def _font_size(kind: str) -> int:
    return 22 if kind == "Province" else 15


def _node_size(kind: str, degree: int) -> float:
    base = 12.0 if kind == "Province" else 7.0
    return round(min(60.0, base + 4.0 * math.sqrt(max(degree, 1))), 1)
