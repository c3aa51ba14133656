"""Step one of the manual, pure: `build_manual(profile, enterprise, catalog, lang, today) -> Manual`.

The same `Manual` is rendered to Word (`reports.manual.docx`) and to PDF (`reports.manual.pdf`).
"""

from __future__ import annotations

from datetime import date

from assessment.models import Enterprise
from assessment.profile import ServiceProfile
from criteria import Catalog

from .chapters import CHAPTERS
from .context import Context, item_ref
from .forms import build_forms
from .model import Chapter, Manual, RecordNeed, Section, Table

LANGS = ("zh", "en", "es")

TEXTS = {
    "title": ("售后服务手册", "After-Sales Service Manual", "Manual de servicio posventa"),
    "subtitle": ("依据 GB/T 27922-2011《商品售后服务评价体系》编制",
                 "Written to GB/T 27922-2011, Commodity after-sales service evaluation system",
                 "Redactado conforme a la norma GB/T 27922-2011, sistema de evaluación del servicio posventa"),
    "draft_notice": ("本手册为依据企业服务档案生成的草稿，须经企业审核、修改并由最高管理者批准发布后方可生效。",
                     "This manual is a draft generated from the company's service profile. It takes effect only "
                     "after the company has reviewed and amended it and top management has approved and issued it.",
                     "Este manual es un borrador generado a partir del perfil de servicio de la empresa. Solo entra "
                     "en vigor cuando la empresa lo ha revisado y corregido y la alta dirección lo ha aprobado y "
                     "emitido."),
    "doc_number": ("文件编号", "Document number", "Número de documento"),
    "doc_version": ("版本", "Version", "Versión"),
    "doc_issued": ("发布日期", "Issue date", "Fecha de emisión"),
    "doc_approver": ("批准人", "Approved by", "Aprobado por"),
    "not_numbered": ("草稿，尚未编号", "draft, not yet numbered", "borrador, sin numerar"),
    "not_issued": ("尚未发布", "not yet issued", "sin emitir"),
    "not_approved": ("待批准", "awaiting approval", "pendiente de aprobación"),
    "page_of": ("第 {page} 页，共 {pages} 页", "Page {page} of {pages}", "Página {page} de {pages}"),
    "revision": ("修订记录", "Revision record", "Registro de revisiones"),
    "rev_version": ("版本", "Version", "Versión"),
    "rev_date": ("日期", "Date", "Fecha"),
    "rev_change": ("修订内容", "Change", "Cambio"),
    "rev_by": ("修订人", "By", "Autor"),
    "rev_approver": ("批准人", "Approved by", "Aprobado por"),
    "rev_first": ("首次编制（草稿）", "First draft", "Primera redacción (borrador)"),
    "contents": ("目录", "Contents", "Índice"),
    "items_served": ("本章对应的评价条款", "Catalog items this chapter serves", "Requisitos del catálogo que "
                     "cubre este capítulo"),
    "no_items": ("本章不直接对应评价条款。", "This chapter serves no catalog item directly.",
                 "Este capítulo no cubre directamente ningún requisito del catálogo."),
    "appendix": ("附录  记录表单", "Appendix: record forms", "Anexo: formularios de registro"),
    "records": ("需保存记录的条款", "What to keep records of", "Registros que deben conservarse"),
    "records_intro": ("以下条款仅凭本手册不能满足：评价时将抽查相应记录。各部门应按本手册规定如实、完整地填写并保存这些记录，"
                      "保存期不少于三年。",
                      "The manual alone cannot satisfy the items below: the assessor samples the records behind "
                      "them. Each department keeps these records completely and truthfully, as this manual sets "
                      "out, for at least three years.",
                      "El manual por sí solo no satisface los requisitos siguientes: el evaluador muestrea los "
                      "registros que los respaldan. Cada departamento los cumplimenta de forma completa y veraz, "
                      "como establece este manual, y los conserva al menos tres años."),
    "records_item": ("条款", "Item", "Requisito"),
    "records_keep": ("应保存的记录", "Records to keep", "Registros que se conservan"),
    "records_default": ("执行本条款要求的记录", "Records of carrying out this requirement",
                        "Registros del cumplimiento de este requisito"),
}


def build_manual(profile: ServiceProfile, enterprise: Enterprise, catalog: Catalog, lang: str,
                 today: date) -> Manual:
    """The whole manual in `lang` for `enterprise`, drafted from `profile` and mapped to `catalog`."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(LANGS)}")
    ctx = Context(profile, enterprise, catalog, lang, today)
    chapters = tuple(_chapter(ctx, n, key, module) for n, (key, module) in enumerate(CHAPTERS, start=1))
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    doc = profile.document
    number = doc.number.strip() or say("not_numbered")
    labels = {key: say(key) for key in ("contents", "items_served", "no_items", "appendix", "records",
                                        "records_intro", "records_item", "records_keep", "revision")}
    return Manual(
        lang=lang,
        company=ctx.company,
        title=say("title"),
        subtitle=say("subtitle"),
        draft_notice=say("draft_notice"),
        document=(
            (say("doc_number"), number),
            (say("doc_version"), doc.version.strip() or "A/0"),
            (say("doc_issued"), ctx.day(doc.issued_on) if doc.issued_on else say("not_issued")),
            (say("doc_approver"), doc.approver.strip() or say("not_approved")),
        ),
        header_text=f"{ctx.company}  {number}",
        page_of=TEXTS["page_of"][LANGS.index(lang)],  # its fields are filled by each renderer
        revision=Table(
            (say("rev_version"), say("rev_date"), say("rev_change"), say("rev_by"), say("rev_approver")),
            ((doc.version.strip() or "A/0", ctx.day(doc.issued_on or today), say("rev_first"), "", ""),),
            blank_rows=3,
            widths=(2, 3, 6, 2, 2),
        ),
        chapters=chapters,
        forms=build_forms(ctx),
        records=records_to_keep(ctx),
        labels=labels,
    )


def _chapter(ctx: Context, n: int, key: str, module) -> Chapter:
    draft = module.build(ctx)
    sections = tuple(Section(f"{n}.{m}", title, tuple(blocks))
                     for m, (title, blocks) in enumerate(draft.sections, start=1))
    return Chapter(key, str(n), draft.title, tuple(draft.intro), sections, ctx.items(module.CLAUSES))


def records_to_keep(ctx: Context) -> tuple[RecordNeed, ...]:
    """The items judged by sampling or by records: the manual states the rule, only records prove it is kept."""
    out = []
    for _, indicator, item in ctx.catalog.iter_items():
        records = tuple(e.text.get(ctx.lang).strip() for e in item.evidence if e.kind == "record")
        if item.method == "sampled" or records:
            out.append(RecordNeed(item_ref(indicator, item, ctx.lang),
                                  records or (ctx.say(TEXTS, "records_default"),)))
    return tuple(out)
