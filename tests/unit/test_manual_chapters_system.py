"""The service-system chapters of the manual (promulgation to rules) and the appendix forms, as a company reads
them: every figure from its profile, rules switched on and off, seller wording, hostile text kept literal."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from assessment.models import Enterprise
from assessment.profile import (Channels, DocumentControl, LocalText, Organisation, Outlet, Post, ServiceProfile,
                                ServiceRules, Staffing, SupplierRules, Targets, TimeLimits, default_profile)
from criteria import default_catalog
from reports.manual import forms
from reports.manual.build import build_manual
from reports.manual.chapters import company, culture, organisation, promulgation, resources, rules, staffing
from reports.manual.model import Bullets, Fields, Paragraph, Table

SYSTEM = ("promulgation", "company", "culture", "organisation", "staffing", "resources", "rules")
LANGS = ("zh", "en", "es")
CATALOG = default_catalog()


def manual(profile: ServiceProfile | None = None, lang: str = "en", kind: str = "producer",
           name: str = "示例电器有限公司", **enterprise):
    profile = profile or default_profile(kind)
    return build_manual(profile, Enterprise(name=name, kind=kind, **enterprise), CATALOG, lang, date(2026, 12, 2))


def block_strings(block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Bullets):
        return list(block.items)
    if isinstance(block, Table):
        return [block.caption, *block.header, *(cell for row in block.rows for cell in row)]
    if isinstance(block, Fields):
        return [s for pair in block.pairs for s in pair]
    raise AssertionError(f"unknown block {block!r}")


def chapter_strings(m, key: str) -> list[str]:
    ch = m.chapter(key)
    out = [ch.title, *(s for b in ch.intro for s in block_strings(b))]
    for section in ch.sections:
        out.append(section.title)
        out += [s for b in section.blocks for s in block_strings(b)]
    return out


def form_strings(m, key: str) -> list[str]:
    form = next(f for f in m.forms if f.key == key)
    return [form.title, *(s for b in form.blocks for s in block_strings(b))]


def text_of(m, *keys: str) -> str:
    keys = keys or SYSTEM
    return "\n".join(s for key in keys for s in chapter_strings(m, key))


def forms_text(m) -> str:
    return "\n".join(s for f in m.forms for s in form_strings(m, f.key))


def section_titles(m, key: str) -> list[str]:
    return [s.title for s in m.chapter(key).sections]


def blocks_of(m, key: str, kind):
    return [b for s in m.chapter(key).sections for b in s.blocks if isinstance(b, kind)]


# -- every chapter, every language -------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ("producer", "seller"))
def test_each_system_chapter_is_written_in_every_language_with_no_placeholder_left(lang, kind):
    m = manual(lang=lang, kind=kind)
    for key in SYSTEM:
        ch = m.chapter(key)
        assert ch.title and len(ch.sections) >= 3, key
        assert all(s.title and s.blocks for s in ch.sections), key
    text = text_of(m) + forms_text(m)
    for bad in ("None", "TBD", "[ ]", "{", "}", "<", "%s"):
        assert bad not in text
    if lang == "zh":
        assert "本公司" in text and "Company" not in text
    else:
        assert re.search(r"[\u4e00-\u9fff]", text.replace(m.company, "")) is None
        assert ("the Company" if lang == "en" else "la Empresa") in text


@pytest.mark.parametrize("module", (promulgation, company, culture, organisation, staffing, resources, rules, forms))
def test_every_text_row_has_three_languages_with_the_same_placeholders(module):
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    for key, row in module.TEXTS.items():
        assert len(row) == 3 and all(part.strip() for part in row), key
        assert fields(row[0]) == fields(row[1]) == fields(row[2]), key


# -- figures from the profile -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, new, old", [("zh", "36 小时", "48 小时"), ("en", "36 hours", "48 hours"),
                                            ("es", "36 horas", "48 horas")])
def test_a_new_complaint_resolve_limit_replaces_the_old_one_in_chapters_and_forms(lang, new, old):
    before = manual(lang=lang, kind="seller")
    assert old in text_of(before, "culture", "rules") and old in forms_text(before)
    profile = default_profile("seller").model_copy(update={"time_limits": TimeLimits(complaint_resolve_hours=36)})
    after = manual(profile, lang=lang, kind="seller")
    for text in (text_of(after, "culture", "rules", "resources"), forms_text(after)):
        assert new in text and old not in text


def test_training_hours_targets_and_callback_days_come_from_the_profile():
    profile = ServiceProfile(training_hours=40, targets=Targets(on_time_rate=95, satisfaction_rate=88),
                             time_limits=TimeLimits(callback_days=5))
    m = manual(profile, lang="zh")
    assert "不少于40 小时" in text_of(m, "resources") and "40 小时" in "".join(form_strings(m, "training_record"))
    assert "≥95%" in text_of(m, "culture") and "目标88%" in text_of(m, "resources")
    callback = "".join(form_strings(m, "callback_record"))
    assert "5 天" in callback and "7 天" not in callback
    assert "≥88%" in "".join(form_strings(m, "satisfaction_survey"))


def test_a_target_of_one_hundred_per_cent_is_not_written_as_at_least():
    m = manual(lang="en")
    rows = {row[0]: row[1] for t in blocks_of(m, "culture", Table) for row in t.rows}
    assert rows["Complaint resolution rate"] == "100%" and rows["On-time rate"] == "at least 90%"


# -- rules switched by the profile ---------------------------------------------------------------------------------

@pytest.mark.parametrize("flag, title", [
    ("first_responsibility", "First responsibility"),
    ("advance_compensation", "Advance compensation"),
    ("bulky_goods_delivery", "Door-to-door delivery of bulky goods"),
    ("hotline_appointment", "Appointments by hotline"),
])
def test_a_rule_switched_off_drops_its_section_and_its_line_in_the_list(flag, title):
    assert title in section_titles(manual(), "rules")
    profile = ServiceProfile(rules=ServiceRules(**{flag: False}))
    m = manual(profile)
    assert title not in section_titles(m, "rules")
    assert not any(item.startswith(title) for b in blocks_of(m, "rules", Bullets) for item in b.items)


def test_reprocessing_is_written_only_when_the_company_offers_it():
    assert "Reprocessing and alterations" not in section_titles(manual(), "rules")
    m = manual(ServiceProfile(rules=ServiceRules(reprocessing=True)))
    assert "Reprocessing and alterations" in section_titles(m, "rules")


def test_switching_off_advance_compensation_drops_it_from_the_reserve():
    assert "advance compensation" in text_of(manual(), "resources")
    assert "advance compensation" not in text_of(manual(ServiceProfile(rules=ServiceRules(
        advance_compensation=False))), "resources")


def test_the_appointment_rule_names_the_hotline_and_its_hours_when_given():
    profile = ServiceProfile(channels=Channels(hotline="400-800-1234", hotline_hours="8:00–20:00"))
    text = text_of(manual(profile), "rules")
    assert "400-800-1234 (8:00–20:00)" in text
    assert "published service hotline" in text_of(manual(), "rules")


# -- sellers and their suppliers ------------------------------------------------------------------------------------

def test_a_seller_gets_the_supplier_rules_with_every_figure_from_its_profile():
    suppliers = SupplierRules(quality_deposit_yuan=50_000, unresolved_fine_yuan=200, warning_after_complaints=4,
                              ultimatum_after_complaints=6, exit_after_months=2, complaint_fund_after=30,
                              complaint_fund_yuan=3000)
    m = manual(ServiceProfile(rules=ServiceRules(suppliers=suppliers)), kind="seller")
    assert "Supplier rules" in section_titles(m, "rules")
    text = text_of(m, "rules")
    for figure in ("RMB 50,000", "fined RMB 200", "more than 4 times in one month", "more than 6 times",
                   "within 2 months", "more than 30 times in a year", "RMB 3,000", "No customer complaint"):
        assert figure in text
    assert "whoever made the product, the Company answers first" in text
    assert "suppliers (merchants) trading on the Company's premises" in text_of(m, "company")


def test_a_producer_has_no_supplier_rules_and_answers_through_its_dealers():
    m = manual()
    assert "Supplier rules" not in section_titles(m, "rules")
    text = text_of(m)
    assert "quality deposit" not in text and "trading on the Company's premises" not in text
    assert "at a dealer or authorised outlet, the dealer or outlet answers first" in text


def test_supplier_rules_without_a_fine_or_an_award_leave_them_out():
    suppliers = SupplierRules(unresolved_fine_yuan=0, no_complaint_award=False)
    text = text_of(manual(ServiceProfile(rules=ServiceRules(suppliers=suppliers)), kind="seller"), "rules")
    assert "has the cost deducted from its deposit;" in text and "fined" not in text
    assert "No customer complaint" not in text


# -- certified managers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("management, names, required, verdict", [
    (25, ("王芳", "李强", "赵敏"), "3", "The number in post meets this requirement."),
    (25, ("王芳", "李强"), "3", "The number in post is 1 person short of this requirement"),
    (10, ("王芳",), "1", "The number in post meets this requirement."),
    (0, (), "1", "The number in post is 1 person short of this requirement"),
])
def test_the_certified_manager_rule_is_computed_from_the_profile_and_stated_neutrally(management, names,
                                                                                     required, verdict):
    profile = ServiceProfile(staffing=Staffing(service_staff=80 if management else 0, management_staff=management,
                                               certified_managers=names))
    m = manual(profile)
    figures = {row[0]: row[1] for t in blocks_of(m, "staffing", Table) for row in t.rows if len(row) == 2}
    assert figures["Certified managers required"] == required
    assert figures["Certified managers in post"] == str(len(names))
    assert verdict in text_of(m, "staffing")
    name_table = next(t for t in blocks_of(m, "staffing", Table)
                      if t.caption == "Certified after-sales service managers")
    assert [row[0] for row in name_table.rows] == list(names)
    assert name_table.blank_rows == (0 if names else 2)


def test_staff_counts_fill_the_table_or_leave_it_blank_to_fill_in():
    counts = lambda m: [row[1] for row in blocks_of(m, "staffing", Table)[0].rows]  # noqa: E731
    assert counts(manual(ServiceProfile(staffing=Staffing(service_staff=1200, management_staff=30)))) == \
        ["1,200", "30"]
    m = manual()
    assert counts(m) == ["", ""] and "enters the numbers from the staff roster" in text_of(m, "staffing")


# -- the organisation ---------------------------------------------------------------------------------------------

def test_posts_and_outlets_from_the_profile_fill_the_tables():
    org = Organisation(department="Customer Service Centre", head="Chen Jing",
                       posts=(Post(title="Hotline agent", duties="Answers calls", holders=6), Post(title="Fitter")),
                       outlets=(Outlet(name="Pudong outlet", address="88 Century Ave", kind="authorised",
                                       phone="021-5555"),))
    m = manual(ServiceProfile(organisation=org))
    tables = blocks_of(m, "organisation", Table)
    assert tables[0].rows == (("Hotline agent", "6", "Answers calls"),
                              ("Fitter", "1", "As set out in the job description"))
    assert tables[1].rows == (("Pudong outlet", "88 Century Ave", "Authorised", "021-5555"),)
    assert tables[1].blank_rows == 0
    text = text_of(m)
    assert "The head of the Customer Service Centre is Chen Jing" in text
    assert "After-Sales Service Department" not in text


def test_with_no_outlets_the_company_gets_a_blank_outlet_table_and_drafted_posts():
    m = manual(lang="zh")
    posts, outlets = blocks_of(m, "organisation", Table)
    assert posts.rows[0][0] == "售后服务部经理" and posts.rows[0][1] == ""
    assert outlets.rows == () and outlets.blank_rows == 5
    assert "下表由售后服务部按现有网点填写。" in text_of(m, "organisation")


# -- promulgation and company ---------------------------------------------------------------------------------------

def test_the_order_is_signed_by_top_management_and_names_the_document():
    profile = ServiceProfile(organisation=Organisation(top_manager="张伟", management_representative="刘洋"),
                             document=DocumentControl(number="SM-2026-01", version="B/1",
                                                      issued_on=date(2026, 12, 1)))
    text = text_of(manual(profile, lang="zh"), "promulgation")
    assert "最高管理者：张伟（签字）" in text and "任命刘洋为本公司售后服务管理者代表" in text
    assert "文件编号：SM-2026-01" in text and "B/1" in text and "2026" in text
    blank = text_of(manual(lang="zh"), "promulgation")
    assert "最高管理者（签字）：__________" in blank and "任命__________为" in blank
    assert "日期：____年__月__日" in blank


def test_the_company_chapter_carries_the_enterprise_fields_references_and_terms():
    m = manual(lang="zh", industry="家用电器", address="上海市浦东新区世纪大道 88 号")
    text = text_of(m, "company")
    assert "家用电器" in text and "上海市浦东新区世纪大道 88 号" in text and "生产型" in text
    for ref in ("GB/T 27922-2011", "GB/T 18760-2025", "GB/T 19012-2019", "部分商品修理更换退货责任规定",
                "消费者权益保护法", "产品质量法"):
        assert ref in text
    terms = [row[0] for t in blocks_of(m, "company", Table) for row in t.rows]
    for term in ("售后服务", "服务网点", "投诉", "三包", "首问负责"):
        assert term in terms


def test_the_company_s_own_words_replace_the_drafted_ones():
    profile = ServiceProfile(philosophy=LocalText(en="Service without excuses."),
                             commitments=LocalText(zh="我们承诺：24 小时上门。"),
                             company_profile=LocalText(en="Founded in 1998.\nThree factories."))
    m = manual(profile)
    assert "Service without excuses." in text_of(m, "culture")
    assert "Customers first, honest service" not in text_of(m, "culture")
    assert "我们承诺：24 小时上门。" in text_of(m, "culture")
    assert "We answer a repair request within" not in text_of(m, "culture")
    assert {"Founded in 1998.", "Three factories."} <= set(text_of(m, "company").splitlines())
    assert "This section should be completed" not in text_of(m, "company")


# -- forms -------------------------------------------------------------------------------------------------------

def test_every_form_has_header_lines_and_a_table_with_its_code():
    m = manual(lang="zh")
    assert [f.code for f in m.forms] == [f"QR-{n:02d}" for n in range(1, 9)]
    for form in m.forms:
        assert any(isinstance(b, Fields) for b in form.blocks), form.key
        assert any(isinstance(b, Table) and len(b.header) >= 4 and (b.rows or b.blank_rows)
                   for b in form.blocks), form.key


def test_the_complaint_register_and_analysis_check_the_company_s_own_limits():
    profile = ServiceProfile(time_limits=TimeLimits(complaint_acknowledge_hours=2, complaint_resolve_hours=24),
                             targets=Targets(on_time_rate=97))
    m = manual(profile)
    register = next(f for f in m.forms if f.key == "complaint_register")
    header = next(b for b in register.blocks if isinstance(b, Table)).header
    for column in ("Received", "Acknowledged", "Resolved", "Acknowledged in time (≤ 2 hours)",
                   "Resolved in time (≤ 24 hours)"):
        assert column in header
    analysis = form_strings(m, "complaint_analysis")
    for word in ("Product quality", "Total", "≤ 2 hours", "≤ 24 hours", "≥ 97%", "4. Corrective actions",
                 "Reported to management on"):
        assert word in analysis


# -- hostile text -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_hostile_profile_text_is_copied_literally_and_nothing_raises(lang):
    long = "x" * 5000
    org = Organisation(department="{dept}", head="{{ x }}", top_manager="<b>boss</b>",
                       management_representative="%s",
                       posts=(Post(title="{0}", duties="{{ duties }}"),),
                       outlets=(Outlet(name="<script>", address="x" * 500, phone="=1+1"),))
    profile = ServiceProfile(organisation=org, philosophy=LocalText(en="{x}"), strategy=LocalText(zh="%(x)s"),
                             scope=LocalText(es=long), company_profile=LocalText(en="{company}"),
                             staffing=Staffing(certified_managers=("{name}",)),
                             channels=Channels(hotline="{hotline}", hotline_hours="}{"),
                             document=DocumentControl(number="{number}", version="{{v}}"),
                             rules=ServiceRules(suppliers=SupplierRules()))
    m = manual(profile, lang=lang, kind="seller", name="{x} & <i>Co</i>", industry="{industry}")
    text = text_of(m) + forms_text(m)
    for literal in ("{dept}", "{{ x }}", "<b>boss</b>", "%s", "{0}", "{{ duties }}", "<script>", long, "{x}",
                    "%(x)s", "{company}", "{name}", "{hotline}", "}{", "{number}", "{{v}}", "{x} & <i>Co</i>",
                    "{industry}", "=1+1"):
        assert literal in text, literal
    assert "None" not in text
