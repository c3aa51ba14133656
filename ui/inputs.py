"""Input widgets that speak the UI language where Streamlit's own do not: a file-upload box and a date field.

- file_upload(): st.file_uploader, whose texts ("Upload", "5MB per file • JSON", "Drag and drop a file here")
  Streamlit does not let an app translate; a style sheet scoped to that one widget hides them and shows the
  translated ones instead.
- page_style(): the same for the hints Streamlit's own inputs show everywhere ("Press Enter to apply",
  "No results" in a dropdown, the running script's "Stop"); drawn once per page by app.py.
- date_field(): a text field for a date as YYYY-MM-DD (Streamlit's date picker names months and weekdays in
  English only), checked against the calendar and the years the toolkit accepts, with a translated error.
- validation_problems(): what pydantic found wrong with a form's values, in the UI language (its own messages
  are English).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Callable, Optional, Sequence

import streamlit as st
from pydantic import ValidationError

from ui.i18n import N_, _

FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2199, 12, 31)
_DATE = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")


# -- the file-upload box ---------------------------------------------------------------------------------------


def css_string(text: str) -> str:
    """`text` as a quoted CSS string: every character other than a letter or a digit written as a six-digit
    escape, so that no quote, backslash, newline or '<' can end the string or the style sheet (a space too:
    CSS takes a space after an escape as its end)."""
    return '"' + "".join(c if c.isalnum() else f"\\{ord(c):06X}" for c in text) + '"'


def widget_class(key: str) -> str:
    """The CSS class Streamlit gives the container of the widget with this key (st-key-<key>, other
    characters than letters, digits, '_' and '-' replaced by '-')."""
    return "st-key-" + re.sub(r"[^a-zA-Z0-9_-]", "-", key.strip())


def upload_texts(types: Sequence[str], max_mb: float) -> dict[str, str]:
    """The texts of an upload box in the session's language."""
    size = f"{max_mb:g}"
    kinds = _(", ").join(t.lstrip(".").upper() for t in types)
    return {
        "button": _("Choose a file"),
        "limit": _("At most {size} MB per file · {types}", size=size, types=kinds) if kinds
        else _("At most {size} MB per file", size=size),
        "drop": _("Drop the file here"),
        "refused": _("This file cannot be taken: choose a {types} file of at most {size} MB.", types=kinds or "—",
                     size=size),
    }


def upload_css(key: str, texts: dict[str, str]) -> str:
    """The style sheet that replaces the texts of the upload box with the key `key` by `texts`."""
    box = f".{widget_class(key)} [data-testid='stFileUploaderDropzone']"
    # Hidden, Streamlit's English texts also leave what a screen reader reads; the replacements are read instead
    # (the button keeps its own text there: hidden, it would have no name at all).
    swap = "font-size: 0; line-height: 0; visibility: hidden;"
    show = "font-size: 0.875rem; line-height: 1.6; visibility: visible;"
    return "\n".join([
        # the hidden file field's English name ("file upload"): the box itself is named by the field's label
        f"{box} input[type='file'] {{ visibility: hidden; }}",
        f"{box} button [data-testid='stMarkdownContainer'] p {{ font-size: 0; line-height: 0; }}",
        f"{box} button [data-testid='stMarkdownContainer'] p::after {{ content: {css_string(texts['button'])}; {show} }}",
        f"{box} [data-testid='stFileUploaderDropzoneInstructions'] span {{ {swap} }}",
        f"{box} [data-testid='stFileUploaderDropzoneInstructions'] span::after {{ content: {css_string(texts['limit'])}; {show} }}",
        # the overlay while a file is dragged over the box: the one <div> without a test id holding a <span>
        f"{box} > div:not([data-testid]) > span {{ {swap} }}",
        f"{box} > div:not([data-testid]) > span::after {{ content: {css_string(texts['drop'])}; {show} }}",
        # a file the browser refused (type or size): a line under it (the tooltip stays Streamlit's)
        f"{box} [data-testid='stFileChips']:has([aria-invalid='true'])::after {{ content: {css_string(texts['refused'])}; "
        f"display: block; {show} color: #c0392b; padding: 0.25rem 0.5rem; }}",
    ])


def max_upload_mb() -> float:
    return float(st.get_option("server.maxUploadSize"))


def style_sheet(css: str) -> None:
    """Draw a style sheet of the app's own (it takes no room on the page). Its texts must be css_string()s."""
    st.html(f"<style>{css}</style>")


def file_upload(label: str, type: Sequence[str], key: str, help: Optional[str] = None,
                max_mb: Optional[int] = None):
    """st.file_uploader for one file of `type` (extensions), with its texts in the session's language; `max_mb`:
    the most this box takes (the browser refuses more, and the box says so), else the server's limit.

    Returns the UploadedFile, or None while no file is chosen."""
    limit = min(max_mb, max_upload_mb()) if max_mb else max_upload_mb()
    style_sheet(upload_css(key, upload_texts(type, limit)))
    return st.file_uploader(label, type=list(type), key=key, help=help, max_upload_size=int(limit) or None)


def files_upload(label: str, key: str, max_mb: int, help: Optional[str] = None, on_change=None, args: tuple = ()):
    """st.file_uploader for several files of any type at once (what a file is, the caller decides by its
    content), with its texts in the session's language and at most `max_mb` a file. Returns the list chosen."""
    limit = min(max_mb, max_upload_mb()) if max_mb else max_upload_mb()
    texts = upload_texts((), limit)
    texts.update(button=_("Choose files"), drop=_("Drop the files here"),
                 refused=_("This file cannot be taken: at most {size} MB a file.", size=f"{limit:g}"))
    style_sheet(upload_css(key, texts))
    return st.file_uploader(label, key=key, help=help, accept_multiple_files=True, on_change=on_change, args=args,
                            max_upload_size=int(limit) or None)


def _replace(text: str, *selectors: str) -> str:
    """Rules that hide the text of the elements `selectors` and show `text` in its place."""
    return (f"{', '.join(selectors)} {{ font-size: 0; }}\n"
            f"{', '.join(s + '::after' for s in selectors)} {{ content: {css_string(text)}; font-size: 0.875rem; }}")


def page_css() -> str:
    """The style sheet that puts the hints of Streamlit's inputs into the session's language."""
    # The hint is the input instruction's span without styles of its own (class st-emotion-cache-0); a span
    # after it, or alone with another class, is the character count, which is left as it is.
    hint = "[data-testid='InputInstructions'] > span[class~='st-emotion-cache-0']"
    area = "[data-testid='stTextArea']"
    form = "[data-testid='stForm']"
    empty = "[role='listbox'][data-empty='true'] [role='option'] span"
    return "\n".join([
        _replace(_("Press Enter to apply"), hint),
        _replace(_("Press Enter to submit the form"), f"{form} {hint}"),
        _replace(_("Press Ctrl+Enter (⌘+Enter on a Mac) to apply"), f"{area} {hint}"),
        _replace(_("Press Ctrl+Enter (⌘+Enter on a Mac) to submit the form"), f"{form} {area} {hint}"),
        _replace(_("Nothing matches"), f"[data-testid='stSelectboxVirtualDropdown'] {empty}",
                 f"[data-testid='stMultiSelectDropdown'] {empty}"),
        _replace(_("Stop"), "[data-testid='stStatusWidget'] button[data-testid='stBaseButton-header']"),
        # a selectbox emptied to type a search shows Streamlit's English "Choose an option": show nothing
        "[data-testid='stSelectbox'] input::placeholder { color: transparent; }",
        WRAPPED_STEP_LABELS,
    ])


# The wizard's step buttons show their indicator's whole name: wrapped, where Streamlit cuts it with an ellipsis.
WRAPPED_STEP_LABELS = (
    "[class*='st-key-wz_step_'] [data-testid='stMarkdownContainer'], "
    "[class*='st-key-wz_step_'] [data-testid='stMarkdownContainer'] p "
    "{ white-space: normal; text-overflow: clip; overflow: visible; }"
)


def page_style() -> None:
    style_sheet(page_css())


# -- the date field --------------------------------------------------------------------------------------------


class DateProblem(ValueError):
    """A date field's text that is not a usable date; the message is translated."""


def parse_date(text: str, required: bool = True) -> Optional[date]:
    """The date written as YYYY-MM-DD (also with '/' or '.', and full-width digits); None for an empty optional
    field. Raises DateProblem, with a translated message, for anything else."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        if required:
            raise DateProblem(_("Enter a date."))
        return None
    found = _DATE.match(text)
    if not found:
        raise DateProblem(_("Write the date as YYYY-MM-DD, for example {example}.", example="2026-03-01"))
    year, month, dd = (int(g) for g in found.groups())
    try:
        value = date(year, month, dd)
    except ValueError:
        raise DateProblem(_("{text} is not a day of the calendar.", text=f"{year:04d}-{month:02d}-{dd:02d}")) from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise DateProblem(_("Enter a date between {first} and {last}.", first=FIRST_DAY.isoformat(),
                            last=LAST_DAY.isoformat()))
    return value


def entered_date(key: str, default: Optional[date] = None, required: bool = False) -> Optional[date]:
    """For an on_change callback: the date in the date field `key` (None when empty), or `default` when the
    field is not drawn yet or its text is not a usable date (the field itself says what is wrong)."""
    if key not in st.session_state:
        return default
    value = st.session_state[key]
    if isinstance(value, date):
        return value
    try:
        return parse_date(str(value), required=required)
    except DateProblem:
        return default


def date_field(label: str, value: Optional[date], key: str, *, required: bool = True, help: Optional[str] = None,
               on_change=None, args: tuple = (), where=None) -> Optional[date]:
    """A text field for a date as YYYY-MM-DD, drawn in `where` (a column; the page when None).

    Returns the date; None when the field is empty (and not required) or its text is not a usable date, in
    which case a translated error is shown under the field."""
    where = where if where is not None else st
    if key in st.session_state and isinstance(st.session_state[key], date):
        st.session_state[key] = st.session_state[key].isoformat()  # a date set by a program: shown as text
    text = where.text_input(
        label, value=value.isoformat() if value else "", key=key, max_chars=24, placeholder=_("YYYY-MM-DD"),
        help=help or _("Year-month-day, for example {example}; from {first} to {last}.", example="2026-03-01",
                       first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()),
        on_change=on_change, args=args,
    )
    try:
        return parse_date(text, required=required)
    except DateProblem as problem:
        where.error(str(problem), icon=":material/event_busy:")
        return None



# -- validation messages ---------------------------------------------------------------------------------------

FIELD_LABELS = {
    "name": N_("Name"),
    "credit_code": N_("Unified social credit code"),
    "kind": N_("Type of enterprise"),
    "industry": N_("Industry"),
    "address": N_("Address"),
    "contact": N_("Contact"),
    "result": N_("Result"),
    "samples": N_("Samples checked"),
    "failed_samples": N_("Failed samples"),
    "justification": N_("Why it does not apply (required)"),
    "note": N_("Note"),
    "action": N_("Action"),
    "owner": N_("Owner"),
    "due_on": N_("Due on"),
    "assessed_on": N_("Assessment date"),
    "assessor": N_("Assessor"),
    "description": N_("What was found"),
    "corrective_action": N_("Corrective action"),
    "number": N_("Certificate number"),
    "issued_on": N_("Issued on"),
    "level": N_("Level"),
}
_LIMITS = {
    "greater_than_equal": ("ge", N_("{field}: at least {limit}.")),
    "greater_than": ("gt", N_("{field}: more than {limit}.")),
    "less_than_equal": ("le", N_("{field}: at most {limit}.")),
    "less_than": ("lt", N_("{field}: less than {limit}.")),
}
_NUMBER = {"int_parsing", "int_type", "int_from_float", "float_parsing", "float_type", "decimal_parsing", "decimal_type"}
_DATE_TYPES = {"date_parsing", "date_type", "date_from_datetime_parsing", "date_from_datetime_inexact"}


def _problem(err: dict, field: str) -> str:
    kind, ctx = err.get("type", ""), err.get("ctx") or {}
    if kind == "missing" or (kind == "string_too_short" and ctx.get("min_length") == 1):
        return _("{field}: this cannot be empty.", field=field)
    if kind == "string_too_short":
        return _("{field}: at least {n} characters.", field=field, n=ctx.get("min_length"))
    if kind == "string_too_long":
        return _("{field}: at most {n} characters.", field=field, n=ctx.get("max_length"))
    if kind in _LIMITS:
        name, msgid = _LIMITS[kind]
        return _(msgid, field=field, limit=ctx.get(name))
    if kind in _NUMBER:
        return _("{field}: enter a whole number.", field=field)
    if kind in _DATE_TYPES:
        return _("{field}: write the date as YYYY-MM-DD.", field=field)
    if kind in ("literal_error", "enum"):
        return _("{field}: choose one of the values offered.", field=field)
    return _("{field}: please check this value.", field=field)


def validation_problems(exc: ValidationError, fields: Optional[dict[str, str]] = None,
                        default_field: str = "", label_of: Optional[Callable[[tuple], Optional[str]]] = None,
                        ) -> list[str]:
    """One translated sentence per problem pydantic found, naming the field by its label on the form.

    `fields` maps a model's field names to their (translated) labels, before FIELD_LABELS; a problem of the
    whole model is put on `default_field`. `label_of` names a nested place (the error's whole `loc`) first."""
    out: list[str] = []
    for err in exc.errors():
        loc = err.get("loc") or ()
        name = str(loc[0]) if loc else default_field
        label = ((label_of(tuple(loc)) if label_of else None) or (fields or {}).get(name)
                 or (_(FIELD_LABELS[name]) if name in FIELD_LABELS else _("This value")))
        text = _problem(err, label)
        if text not in out:
            out.append(text)
    return out


def problem_text(exc: Exception) -> str:
    """A failed save's reason for the user: translated for a validation error, else the error's own text."""
    if isinstance(exc, ValidationError):
        return " ".join(validation_problems(exc))
    return str(exc)
