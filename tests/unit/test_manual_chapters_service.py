"""The service chapters of the manual (product service, customer relations, complaints, supervision, improvement):
drafted from the profile in zh, en and es, every figure from the profile, rules switching their paragraphs,
seller wording for sellers, and the company's own text copied literally."""

from __future__ import annotations

import string
from datetime import date

import pytest

from assessment.models import Enterprise
from assessment.profile import (Channels, LocalText, Organisation, ServiceProfile, ServiceRules, SupplierRules,
                                Targets, TimeLimits, Warranty, default_profile)
from reports.manual.build import build_manual
from reports.manual.chapters import (complaints, customer_relations, improvement, product_service,
                                     service_texts, supervision)
from reports.manual.model import Bullets, Fields, Paragraph, Table

LANGS = ("zh", "en", "es")
KEYS = ("product_service", "customer_relations", "complaints", "supervision", "improvement")
MODULES = (product_service, customer_relations, complaints, supervision, improvement, service_texts)


@pytest.fixture(scope="module")
def catalog(the_default_catalog):
    return the_default_catalog


def chapter(catalog, key, lang, profile=None, kind="producer"):
    profile = profile or default_profile(kind)
    manual = build_manual(profile, Enterprise(name="华星电器有限公司", kind=kind), catalog, lang, date(2026, 12, 2))
    return manual.chapter(key)


def strings(ch) -> list[str]:
    """Every string a chapter shows: title, section titles, paragraphs, bullets, table cells and captions."""
    out = [ch.title]
    blocks = list(ch.intro)
    for section in ch.sections:
        out.append(section.title)
        blocks += section.blocks
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Bullets):
            out += block.items
        elif isinstance(block, Table):
            out += [block.caption, *block.header, *(cell for row in block.rows for cell in row)]
        elif isinstance(block, Fields):
            out += [s for pair in block.pairs for s in pair]
    return out


def text(ch) -> str:
    return "\n".join(strings(ch))


def tables(ch) -> list[Table]:
    return [b for s in ch.sections for b in s.blocks if isinstance(b, Table)] + \
           [b for b in ch.intro if isinstance(b, Table)]


def with_(profile: ServiceProfile, **parts) -> ServiceProfile:
    return profile.model_copy(update=parts)


# -- every chapter, every language ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("kind", ("producer", "seller"))
def test_each_service_chapter_is_drafted_in_each_language_without_placeholders(catalog, key, lang, kind):
    ch = chapter(catalog, key, lang, kind=kind)
    assert ch.intro and len(ch.sections) >= 5
    assert all(section.title and section.blocks for section in ch.sections)
    body = text(ch)
    for bad in ("None", "TBD", "{", "}", "[ ]", "QR-00"):
        assert bad not in body, (key, lang, bad)
    assert len(body) > (900 if lang == "zh" else 3000)  # a page or more of substance


def test_each_service_chapter_serves_the_catalog_items_of_its_clause(catalog):
    for key in KEYS:
        assert chapter(catalog, key, "en").items, key


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_text_row_has_three_languages_with_the_same_placeholders(module):
    def fields(template):
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for key, row in module.TEXTS.items():
        assert len(row) == 3 and all(s.strip() for s in row), key
        assert fields(row[0]) == fields(row[1]) == fields(row[2]), key


# -- figures from the profile ------------------------------------------------------------------------------------

def test_changing_the_complaint_resolution_limit_changes_every_sentence_that_names_it(catalog):
    profile = with_(default_profile(), time_limits=TimeLimits(complaint_resolve_hours=36))
    for lang, new, old in (("zh", "36 小时", "48 小时"), ("en", "36 hours", "48 hours"), ("es", "36 horas", "48 horas")):
        body = text(chapter(catalog, "complaints", lang, profile))
        assert new in body and old not in body, lang
        assert text(chapter(catalog, "complaints", lang)).count(old) >= 3


@pytest.mark.parametrize("field, value, key, expected", [
    ("complaint_acknowledge_hours", 6, "complaints", "6 hours"),
    ("callback_days", 5, "customer_relations", "5 days"),
    ("callback_days", 5, "complaints", "5 days"),
    ("delivery_days", 2, "product_service", "2 days"),
    ("installation_hours", 12, "product_service", "12 hours"),
    ("repair_onsite_hours", 8, "product_service", "8 hours"),
    ("repair_response_hours", 3, "product_service", "3 hours"),
    ("counter_handling_minutes", 15, "product_service", "15 minutes"),
    ("inspection_response_minutes", 45, "product_service", "45 minutes"),
])
def test_each_time_limit_of_the_profile_reaches_the_chapter(catalog, field, value, key, expected):
    profile = with_(default_profile(), time_limits=TimeLimits(**{field: value}))
    assert expected in text(chapter(catalog, key, "en", profile))
    assert expected not in text(chapter(catalog, key, "en"))


def test_warranty_periods_come_from_the_profile_in_each_language(catalog):
    profile = with_(default_profile(), warranty=Warranty(return_days=10, exchange_days=20, warranty_months=36))
    for lang, figures in (("zh", ("10 天", "20 天", "36 个月")), ("en", ("10 days", "20 days", "36 months")),
                          ("es", ("10 días", "20 días", "36 meses"))):
        body = text(chapter(catalog, "product_service", lang, profile))
        assert all(f in body for f in figures), lang


def test_targets_come_from_the_profile_and_a_full_target_stands_alone(catalog):
    profile = with_(default_profile(), targets=Targets(on_time_rate=95, satisfaction_rate=92, resolution_rate=98,
                                                       callback_rate=80))
    assert "at least 92%" in text(chapter(catalog, "customer_relations", "en", profile))
    assert "at least 80%" in text(chapter(catalog, "customer_relations", "en", profile))
    complaints_en = text(chapter(catalog, "complaints", "en", profile))
    assert "at least 98%" in complaints_en and "at least 95%" in complaints_en
    assert "al menos el 92 %" in text(chapter(catalog, "supervision", "es", profile))
    assert "不低于 95%" in text(chapter(catalog, "supervision", "zh", profile))
    default_rows = tables(chapter(catalog, "complaints", "en"))[-1].rows
    assert ("Resolution rate" in default_rows[0][0]) and default_rows[0][2] == "100%"


# -- rules switch paragraphs ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("rule, key, phrase", [
    ("first_responsibility", "product_service", "first responsibility"),
    ("first_responsibility", "complaints", "takes first responsibility"),
    ("bulky_goods_delivery", "product_service", "Bulky and valuable goods"),
    ("hotline_appointment", "product_service", "book a home repair"),
])
def test_a_rule_switched_off_drops_its_paragraph(catalog, rule, key, phrase):
    assert phrase in text(chapter(catalog, key, "en"))
    profile = with_(default_profile(), rules=ServiceRules(**{rule: False}))
    assert phrase not in text(chapter(catalog, key, "en", profile))


def test_without_take_back_or_trade_in_the_company_says_it_runs_no_scheme_and_how_it_decides(catalog):
    profile = with_(default_profile(), warranty=Warranty(take_back=False, trade_in=False))
    for lang, phrase in (("zh", "目前未开展废弃商品回收或以旧换新"), ("en", "currently runs no take-back or trade-in"),
                         ("es", "no tiene ningún programa de recogida ni de canje")):
        body = text(chapter(catalog, "product_service", lang, profile))
        assert phrase in body
        assert ("recycling" in body) if lang == "en" else True
    assert "licensed recycling companies under a written agreement" not in text(
        chapter(catalog, "product_service", "en", profile))


def test_a_trade_in_scheme_gets_its_paragraph_and_the_recycler_contracts(catalog):
    profile = with_(default_profile(), warranty=Warranty(take_back=False, trade_in=True,
                                                         take_back_terms=LocalText(en="Old sets collected free.")))
    body = text(chapter(catalog, "product_service", "en", profile))
    assert "trade-in scheme" in body and "Old sets collected free." in body
    assert "recycling companies" in body and "takes back end-of-life goods" not in body


# -- sellers and producers ------------------------------------------------------------------------------------------

def test_a_seller_gets_supplier_measures_and_advance_compensation_in_complaint_handling(catalog):
    seller = text(chapter(catalog, "complaints", "en", kind="seller"))
    producer = text(chapter(catalog, "complaints", "en"))
    assert "supplier measures in chapter 7" in seller and "compensation in advance" in seller
    assert "Complaints involving suppliers" not in producer and "compensation in advance" not in producer


def test_a_seller_without_advance_compensation_keeps_only_the_supplier_measures(catalog):
    profile = with_(default_profile("seller"),
                    rules=ServiceRules(advance_compensation=False, suppliers=SupplierRules()))
    body = text(chapter(catalog, "complaints", "en", profile, kind="seller"))
    assert "supplier measures in chapter 7" in body and "compensation in advance" not in body


def test_a_seller_without_supplier_rules_or_advance_compensation_has_no_supplier_section(catalog):
    profile = with_(default_profile("seller"), rules=ServiceRules(advance_compensation=False, suppliers=None))
    ch = chapter(catalog, "complaints", "zh", profile, kind="seller")
    assert "涉及供应商的投诉" not in [s.title for s in ch.sections]


def test_feedback_goes_to_production_for_a_producer_and_to_suppliers_for_a_seller(catalog):
    producer = text(chapter(catalog, "improvement", "en"))
    seller = text(chapter(catalog, "improvement", "en", kind="seller"))
    assert "between production, sales and service" in producer and "evaluation of suppliers" not in producer
    assert "evaluation of suppliers" in seller and "between production, sales and service" not in seller
    assert "Purchasing Department checks" in text(chapter(catalog, "product_service", "en", kind="seller"))
    assert "Technical Department writes" in text(chapter(catalog, "product_service", "en"))


# -- the company's own words -----------------------------------------------------------------------------------------

HOSTILE = ("{x}", "{{ x }}", "<b>bold</b>", "%s", "W" * 5000)


def hostile_profile() -> ServiceProfile:
    a, b, c, d, e = HOSTILE
    return with_(
        default_profile("seller"),
        organisation=Organisation(department=a, supervisor=b),
        channels=Channels(hotline=c, hotline_hours=d, online=d, others=(a, b)),
        warranty=Warranty(terms=LocalText(en=c, zh=c, es=c), take_back_terms=LocalText(zh=e)),
    )


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_profile_text_appears_literally_and_nothing_raises(catalog, lang):
    profile = hostile_profile()
    body = "\n".join(text(chapter(catalog, key, lang, profile, kind="seller")) for key in KEYS)
    for piece in HOSTILE:
        assert piece in body, piece[:20]
    assert "None" not in body


def test_the_department_and_supervisor_the_profile_names_replace_the_drafted_defaults(catalog):
    profile = with_(default_profile(), organisation=Organisation(department="客户服务中心", supervisor="质量部王敏"))
    body = "\n".join(text(chapter(catalog, key, "zh", profile)) for key in KEYS)
    assert "客户服务中心" in body and "售后服务部" not in body
    assert "质量部王敏" in text(chapter(catalog, "supervision", "zh", profile))
    assert "质量部王敏" in text(chapter(catalog, "complaints", "zh", profile))


def test_channels_given_fill_the_table_and_missing_ones_leave_blank_rows_to_fill_in(catalog):
    bare = chapter(catalog, "customer_relations", "en")
    blank = [t for t in tables(bare) if t.blank_rows]
    assert blank and "entered in the blank rows" in text(bare)
    profile = with_(default_profile(), channels=Channels(hotline="400-800-1234", hotline_hours="8:00–20:00",
                                                         online="www.example.cn", others=("WeChat: HX-Service",)))
    full = chapter(catalog, "customer_relations", "en", profile)
    cells = [cell for t in tables(full) for row in t.rows for cell in row]
    assert "400-800-1234 (8:00–20:00)" in cells and "www.example.cn" in cells and "WeChat: HX-Service" in cells
    assert not any(t.blank_rows for t in tables(full)) and "blank rows" not in text(full)
    complaints_en = text(chapter(catalog, "complaints", "en", profile))
    assert "400-800-1234" in complaints_en and "WeChat: HX-Service" in complaints_en
    assert "The Company's service hotline is 400-800-1234 (service hours: 8:00–20:00)." in text(
        chapter(catalog, "product_service", "en", profile))


def test_record_forms_are_named_with_their_appendix_codes(catalog):
    assert "《维修工单》（QR-03）" in text(chapter(catalog, "product_service", "zh"))
    assert "the complaint register (QR-01)" in text(chapter(catalog, "complaints", "en"))
    assert "el formulario «Registro de inspección de supervisión» (QR-08)" in text(
        chapter(catalog, "supervision", "es"))
