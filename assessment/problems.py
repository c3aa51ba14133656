"""Problems of an input file as data: where (the field, the response), what (a vocabulary code and its values), and
the text in each language the toolkit speaks.

`ExchangeError` carries them: `problems` is the English text the command line prints, `messages(lang)` the same
problems in zh, en or es for a page. A problem keeps the JSON field names and values as the file writes them
(`responses[1] (item '1.1.2') field 'samples'`), so a person can find the place and fix the file by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional, Union

from .vocabulary import TERMS, term

__all__ = ["ExchangeError", "Problem", "Word", "from_pydantic", "from_text", "place_of", "validation_messages"]


@dataclass(frozen=True)
class Word:
    """A value of a problem that is itself a vocabulary term (`problem.json.array`): shown in the problem's language."""

    key: str


@dataclass(frozen=True)
class Problem:
    """One problem. `code` names a `problem.<code>` vocabulary term whose placeholders `values` fill."""

    code: str
    loc: tuple[Union[str, int], ...] = ()  # the field's path in the file: ("responses", 3, "samples")
    item: Optional[str] = None  # the item id of responses[loc[1]], quoted, when the file gives one
    values: Mapping[str, Any] = field(default_factory=dict)
    got: Optional[str] = None  # the offending value, shown when it is short
    fallback: str = ""  # what is wrong in English, for a code the vocabulary has no words for
    english: str = ""  # the whole text as another module worded it in English, kept verbatim in English

    def message(self, lang: str = "en") -> str:
        """What is wrong, without the place."""
        key = f"problem.{self.code}"
        if key not in TERMS:  # a code this toolkit has no words for: its English text in every language
            text = self.fallback or self.code
        else:
            text = term(key, lang, **{k: _localised(v, lang) for k, v in self.values.items()})
        if self.got is not None:
            text += ("" if lang == "zh" else " ") + term("problem.got", lang, value=self.got)
        return text

    def place(self, lang: str = "en") -> str:
        """Where in the file: `field 'enterprise.name'`, `responses[3] (item '2.4.1') field 'samples'`, or ''."""
        loc = self.loc
        if len(loc) >= 2 and loc[0] == "responses" and isinstance(loc[1], int):
            rest = _dotted(loc[2:])
            values = {"index": loc[1], "item": self.item, "field": repr(rest)}
            if self.item is None:
                return term("problem.place.index_field", lang, **values) if rest else f"responses[{loc[1]}]"
            return term("problem.place.response_field" if rest else "problem.place.response", lang, **values)
        return term("problem.place.field", lang, field=repr(_dotted(loc))) if loc else ""

    def text(self, lang: str = "en") -> str:
        """The place and what is wrong, in `lang` (zh, en, es)."""
        if lang == "en" and self.english:
            return self.english
        place = self.place(lang)
        return term("problem.at", lang, place=place, message=self.message(lang)) if place else self.message(lang)


class ExchangeError(ValueError):
    """An exchange file that cannot be used. `problems` lists every problem in English, each starting with the
    file; `messages(lang)` gives them in another language; `details` holds them as `Problem` data."""

    def __init__(self, source: str, problems: Iterable[Union[str, Problem]]):
        self.source = source
        self.details: tuple[Problem, ...] = tuple(p if isinstance(p, Problem) else from_text(p) for p in problems)
        self.problems = self.messages("en")
        if len(self.problems) == 1:
            message = self.problems[0]
        else:
            message = f"{source}: {len(self.problems)} problems:\n" + "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(message)

    def messages(self, lang: str = "en") -> list[str]:
        """Every problem in `lang` (zh, en, es), each starting with the file's name."""
        if not self.source:
            return [p.text(lang) for p in self.details]
        return [term("problem.in_file", lang, source=self.source, problem=p.text(lang)) for p in self.details]


# --- from pydantic ---------------------------------------------------------------------------------------

# Errors of these types say all there is to say; the value they are about is not repeated.
_WITHOUT_VALUE = {"missing", "extra_forbidden", "string_empty"}
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'")


def from_pydantic(err: Mapping[str, Any], raw: Any) -> Problem:
    """One pydantic error (`ValidationError.errors()`) as a Problem, its place read in the file's data `raw`."""
    loc = tuple(err.get("loc") or ())
    code = err["type"]
    values = dict(err.get("ctx") or {})
    rule = values.get("error")
    if code == "value_error" and isinstance(getattr(rule, "code", None), str):  # models.InvalidValue
        code, values = rule.code, dict(rule.values)
    # Model-level rules name their field and, for the response list, the response they are about.
    listed = "index" in values and not loc  # the message names the item itself
    if listed:
        loc = ("responses", values.pop("index"))
    if "field" in values:
        loc = (*loc, values.pop("field"))
    if code == "string_too_short" and values.get("min_length") == 1:
        code = "string_empty"
    elif code == "literal_error":
        values["expected"] = tuple(_QUOTED.findall(str(values.get("expected", ""))))
    elif code == "dict_type":
        code = "model_type"
    values = {k: v for k, v in values.items() if k in _placeholders(code)}
    value = err.get("input")
    got = _shown(value) if code not in _WITHOUT_VALUE and _short_scalar(value) else None
    fallback = str(err.get("msg", "")).removeprefix("Value error, ")
    loc, item = place_of(loc, None if listed else raw)
    return Problem(code, loc, item, values, got, fallback=fallback)


def validation_messages(exc: Any, lang: str = "en", raw: Any = None) -> list[str]:
    """The problems of a pydantic ValidationError (a form's model, say) in `lang`, each with its field."""
    return [from_pydantic(err, raw).text(lang) for err in exc.errors()]


def place_of(loc: tuple, raw: Any) -> tuple[tuple, Optional[str]]:
    """`loc` and, for a place inside responses[i], that response's item id (quoted) when the file gives one."""
    item = None
    if len(loc) >= 2 and loc[0] == "responses" and isinstance(loc[1], int) and isinstance(raw, dict):
        responses = raw.get("responses")
        index = loc[1]
        if isinstance(responses, list) and 0 <= index < len(responses) and isinstance(responses[index], dict):
            value = responses[index].get("item")
            if isinstance(value, str) and value:
                item = repr(value[:100])
    return loc, item


def _placeholders(code: str) -> set[str]:
    row = TERMS.get(f"problem.{code}")
    return set(re.findall(r"{(\w+)}", row[1])) if row else set()


def _localised(value: Any, lang: str) -> str:
    if isinstance(value, Word):
        return term(value.key, lang)
    if isinstance(value, tuple):  # a list of allowed values
        return ("、" if lang == "zh" else ", ").join(map(str, value))
    return str(value)


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def _short_scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool)) and len(str(value)) <= 60


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# --- from the words of another module --------------------------------------------------------------------

_ITEM = r"responses\[(?P<index>\d+)\] item (?P<item>'(?:[^'\\]|\\.)*'|\"[^\"]*\")"
# The scoring module's words for responses that do not fit the catalog (`scoring.check_responses`).
_TEXTS: tuple[tuple[re.Pattern, str, tuple], ...] = (
    (re.compile(rf"^{_ITEM}: no such item in catalog (?P<catalog>.+)$"), "no_such_item", ()),
    (re.compile(rf"^{_ITEM}: 'partial' is only for sampled items; this item is qualitative$"),
     "partial_only_sampled", ()),
    (re.compile(rf"^{_ITEM}: this item cannot be excluded$"), "not_excludable", ()),
    (re.compile(r"^catalog: the assessment was answered against (?P<got>.+), not (?P<expected>.+)$"),
     "catalog_mismatch", ("catalog",)),
    (re.compile(r"^special_bonus: this catalog allows no special bonus$"), "no_bonus_allowed", ("special_bonus",)),
)


def from_text(text: str) -> Problem:
    """A problem another module worded in English, recognised when its words are known so it can be translated."""
    for pattern, code, loc in _TEXTS:
        m = pattern.match(text)
        if m is None:
            continue
        values = {k: v for k, v in m.groupdict().items() if k not in ("index", "item")}
        if "index" in m.groupdict():  # `responses[3] item '2.4.1': ...` reads `responses[3] (item '2.4.1'): ...`
            return Problem(code, ("responses", int(m["index"])), m["item"], values)
        return Problem(code, loc, None, values, english=text)
    return Problem("text", fallback=text, english=text)
