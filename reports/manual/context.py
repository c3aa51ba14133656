"""What every chapter builder receives: the profile, the enterprise, the catalog, the language and the date, plus
the small helpers that turn them into sentences.

Texts are tables of (zh, en, es) rows, one table per chapter module. A row is a `str.format` template written by the
toolkit; profile values are only ever *arguments*, so a profile full of braces, markup or template tags is copied
into the manual literally. Figures come from the profile, never from a template: change
`complaint_resolve_hours` to 36 and every sentence that names the limit says 36.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

from babel.numbers import format_decimal

from assessment.formatting import long_date
from assessment.models import Enterprise
from assessment.profile import LocalText, ServiceProfile
from criteria import Catalog

from .model import ItemRef

LANG_INDEX = {"zh": 0, "en": 1, "es": 2}
_BABEL = {"zh": "zh_CN", "en": "en_GB", "es": "es"}

Texts = Mapping[str, tuple[str, str, str]]

WORDS = {
    "department": ("售后服务部", "After-Sales Service Department", "Departamento de Servicio Posventa"),
}

# Units with their singular and plural forms: (zh, en one, en other, es one, es other).
_UNITS: dict[str, tuple[str, str, str, str, str]] = {
    "minutes": ("{n} 分钟", "{n} minute", "{n} minutes", "{n} minuto", "{n} minutos"),
    "hours": ("{n} 小时", "{n} hour", "{n} hours", "{n} hora", "{n} horas"),
    "days": ("{n} 天", "{n} day", "{n} days", "{n} día", "{n} días"),
    "working_days": ("{n} 个工作日", "{n} working day", "{n} working days", "{n} día hábil", "{n} días hábiles"),
    "months": ("{n} 个月", "{n} month", "{n} months", "{n} mes", "{n} meses"),
    "times": ("{n} 次", "{n} time", "{n} times", "{n} vez", "{n} veces"),
    "people": ("{n} 人", "{n} person", "{n} people", "{n} persona", "{n} personas"),
    "yuan": ("{n} 元", "RMB {n}", "RMB {n}", "{n} yuanes", "{n} yuanes"),
}


@dataclass(frozen=True)
class Context:
    profile: ServiceProfile
    enterprise: Enterprise
    catalog: Catalog
    lang: str
    today: date

    # -- words ----------------------------------------------------------------------------------------------

    def say(self, texts: Texts, key: str, **values) -> str:
        """The row `key` of `texts` in this language, its placeholders filled with `values` (taken literally)."""
        return texts[key][LANG_INDEX[self.lang]].format(**values)

    def own(self, text: LocalText, texts: Texts, default_key: str, **values) -> str:
        """The company's own words when it gave them (in this language, else in another it gave), else the drafted
        default row `default_key`."""
        return text.pick(self.lang) or self.say(texts, default_key, **values)

    @property
    def company(self) -> str:
        return self.enterprise.name.strip()

    @property
    def department(self) -> str:
        """The after-sales department as the profile names it, else the drafted default."""
        return self.profile.organisation.department.strip() or self.say(WORDS, "department")

    @property
    def is_seller(self) -> bool:
        return self.enterprise.kind == "seller"

    # -- figures ------------------------------------------------------------------------------------------------

    def number(self, n: int) -> str:
        return format_decimal(n, locale=_BABEL[self.lang])

    def amount(self, n: int, unit: str) -> str:
        """`n` with its unit, in the right plural: "48 小时", "48 hours", "1 hora"."""
        zh, en1, en2, es1, es2 = _UNITS[unit]
        form = {"zh": zh, "en": en1 if n == 1 else en2, "es": es1 if n == 1 else es2}[self.lang]
        return form.format(n=self.number(n))

    def minutes(self, n: int) -> str:
        return self.amount(n, "minutes")

    def hours(self, n: int) -> str:
        return self.amount(n, "hours")

    def days(self, n: int) -> str:
        return self.amount(n, "days")

    def months(self, n: int) -> str:
        return self.amount(n, "months")

    def yuan(self, n: int) -> str:
        return self.amount(n, "yuan")

    def percent(self, n: int) -> str:
        return f"{self.number(n)}%" if self.lang != "es" else f"{self.number(n)} %"

    def day(self, d: date) -> str:
        return long_date(d, self.lang)

    def join(self, parts: Iterable[str]) -> str:
        """"a、b和c", "a, b and c", "a, b y c"."""
        parts = [p for p in parts if p]
        if not parts:
            return ""
        if len(parts) == 1:
            return parts[0]
        if self.lang == "zh":
            return "、".join(parts[:-1]) + "和" + parts[-1]
        last = " and " if self.lang == "en" else " y "
        return ", ".join(parts[:-1]) + last + parts[-1]

    # -- cross-references -----------------------------------------------------------------------------------

    def chapter_no(self, key: str) -> str:
        """The number of the chapter `key` ("10"), for "see chapter 10"."""
        from .chapters import CHAPTERS

        return str([k for k, _ in CHAPTERS].index(key) + 1)

    def form_code(self, key: str) -> str:
        """The code of the appendix form `key` ("QR-03"), for "recorded on the repair order (QR-03)"."""
        from .forms import FORM_KEYS

        return f"QR-{FORM_KEYS.index(key) + 1:02d}"

    # -- the catalog ----------------------------------------------------------------------------------------

    def items(self, clauses: Iterable[str]) -> tuple[ItemRef, ...]:
        """The catalog items of the indicators whose `clause` is one of `clauses` (or lies under one: "5.2"
        takes 5.2.1 ... 5.2.6), in catalog order."""
        wanted = tuple(clauses)
        out = []
        for _, indicator, item in self.catalog.iter_items():
            clause = indicator.clause or ""
            if clause and any(clause == c or clause.startswith(c + ".") for c in wanted):
                out.append(item_ref(indicator, item, self.lang))
        return tuple(out)


def item_ref(indicator, item, lang: str) -> ItemRef:
    return ItemRef(item.id, indicator.name.get(lang), item.requirement.get(lang).strip())


@dataclass(frozen=True)
class Draft:
    """What a chapter builder returns: its title, the blocks before its first section, and its sections as
    (title, blocks); the builder numbers chapters and sections."""

    title: str
    intro: tuple = ()
    sections: tuple = ()
