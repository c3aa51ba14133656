"""Steps two and three: `render_html(data) -> str` (Jinja2, autoescape on) and `write_pdf(html) -> bytes`.

WeasyPrint fetches whatever URL a document names (images, stylesheets, `<a rel="attachment">` files), so the PDF
step uses `AssetFetcher`, which serves files from this package's `static/` directory and nothing else. User text
never becomes markup (autoescape), and the fetcher is the second wall behind that.

WeasyPrint is imported inside the functions that need it: importing this module stays cheap for the CLI.
"""

from __future__ import annotations

import mimetypes
import re
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from . import charts
from .breaks import break_long_runs
from .data import ReportData

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"
STYLESHEET = STATIC_DIR / "report.css"


class ReportError(RuntimeError):
    """The report could not be produced (a missing tool, a refused language, an unusable document)."""


# ---------------------------------------------------------------------------------------------------------------
# HTML


def css_string(value: str) -> Markup:
    """A CSS string literal that cannot end the string, the rule or the <style> element, whatever `value` holds."""
    out = []
    for ch in str(value):
        if ch.isalnum() and ord(ch) < 0x80 or ch in " .,:;-_/()" or ord(ch) > 0x7F and ch.isprintable():
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):x} ")  # the space ends the escape and is consumed with it
    return Markup('"' + "".join(out) + '"')


def page_counter_content(template: str) -> Markup:
    """'Page {page} of {pages}' -> "Page " counter(page) " of " counter(pages) (a CSS content value)."""
    tokens: list[str] = []
    rest = template
    while rest:
        cut = min((i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0), default=-1)
        if cut < 0:
            tokens.append(css_string(rest))
            break
        if cut:
            tokens.append(css_string(rest[:cut]))
        if rest.startswith("{pages}", cut):
            tokens.append("counter(pages)")
            rest = rest[cut + len("{pages}"):]
        else:
            tokens.append("counter(page)")
            rest = rest[cut + len("{page}"):]
    return Markup(" ".join(tokens))


def _bytecode_cache() -> Optional[FileSystemBytecodeCache]:
    """Compiled templates kept between runs (Jinja's private per-user temp folder): a fresh CLI process skips
    about 0.1 s of template compilation. No cache when that folder cannot be made.

    Jinja keys the cache on a template's name and source only, yet the compiled code depends on the environment
    (whether `finalize` is called): the file names are this environment's own, so that templates compiled by
    another environment (or an earlier version of this one) are never picked up.
    """
    try:
        return FileSystemBytecodeCache(pattern="__gbt27922_report_finalized_%s.cache")
    except (OSError, RuntimeError):
        return None


LONG_CELL = 300  # characters: a table row holding more may break across pages (a narrow column of it fills one)


def is_long_text(value) -> bool:
    """The template test `x is long`: text too long for its table row to be kept on one page."""
    return len(str(value)) > LONG_CELL


def _finalize(value):
    """Every `{{ ... }}` of the templates passes here before it is escaped: text (user text and catalog text
    alike) gets line-break opportunities in its long unbroken runs; markup made by the code (the stylesheet, the
    charts) and numbers pass unchanged. `{{ x|e }}` (markup already) keeps a value as it stands."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return break_long_runs(value)
    return value


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["css_string"] = css_string
    env.tests["long"] = is_long_text
    return env


_ROOT_RULE = re.compile(r":root\s*\{(?P<body>[^}]*)\}")
_CUSTOM_PROPERTY = re.compile(r"--(?P<name>[\w-]+)\s*:\s*(?P<value>[^;]+);")
_VAR = re.compile(r"var\(--(?P<name>[\w-]+)\)")


@lru_cache(maxsize=4)
def stylesheet(name: str = STYLESHEET.name) -> str:
    """A print stylesheet of static/ (the report's unless `name` says another) with its `:root` variables
    substituted.

    The file keeps named variables for people; WeasyPrint resolves var() for every element at every use, which
    measurably slows a long report, so the values are put in place once here.
    """
    css = (STATIC_DIR / name).read_text(encoding="utf-8")
    root = _ROOT_RULE.search(css)
    if root is None:
        return css
    values = {m["name"]: m["value"].strip() for m in _CUSTOM_PROPERTY.finditer(root["body"])}
    css = css[: root.start()] + "/* variables substituted at load time */" + css[root.end():]
    return _VAR.sub(lambda m: values[m["name"]], css)


def render_html(data: ReportData, lang: Optional[str] = None) -> str:
    """The report as one self-contained HTML document (stylesheet and charts inline).

    `lang` defaults to the language the data was built in; asking for another one is an error, because the
    catalog texts in `data` are already in its language (build the data again instead).
    """
    if lang is not None and lang != data.lang:
        raise ReportError(f"the report data was built in {data.lang!r}; build it again for {lang!r}")
    L = data.labels
    radar_points = [
        charts.Point(f"{ind.id} {ind.name}", ind.percent_value, ind.percent) for ind in data.indicators()
    ]
    bar_points = [charts.Point(area.name, area.percent_value, area.percent) for area in data.areas]
    template = environment().get_template("report.html")
    return template.render(
        d=data,
        L=L,
        stylesheet=Markup(stylesheet()),
        page_counter=page_counter_content(L["page_of"]),
        radar=charts.radar(radar_points, L["chart_radar"]),
        bars=charts.bars(bar_points, L["chart_bars"]),
        star_badge=charts.star_badge(data.score.stars, data.score.max_stars, 26),
    )


# ---------------------------------------------------------------------------------------------------------------
# PDF


def _allowed_fetch_path(url: str) -> Optional[Path]:
    """The local file a URL names if it lies inside the package's static directory, else None."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    try:
        path = Path(unquote(parts.path)).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None
    static = STATIC_DIR.resolve()
    if not path.is_file() or not path.is_relative_to(static):
        return None
    return path


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetFetcher(URLFetcher):
        """Serves files inside reports/static/ and refuses every other URL (file, http, data ...).

        `refused` records what the document asked for and did not get (tests read it).
        """

        def __init__(self):
            super().__init__(allowed_protocols={"file"}, allow_redirects=False, fail_on_errors=False)
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            path = _allowed_fetch_path(url)
            if path is None:
                self.refused.append(url)
                raise ValueError(f"the report may only use its own assets; refused {url[:200]!r}")
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})

    return AssetFetcher


@lru_cache(maxsize=1)
def asset_fetcher_class():
    """The URLFetcher subclass (built lazily so that this module does not import WeasyPrint)."""
    return _fetcher_class()


def write_pdf(html: str, *, fetcher=None) -> bytes:
    """Render the HTML to PDF bytes with WeasyPrint, fetching nothing outside reports/static/."""
    from weasyprint import HTML

    fetcher = fetcher if fetcher is not None else asset_fetcher_class()()
    document = HTML(string=html, base_url=STATIC_DIR.as_uri() + "/", url_fetcher=fetcher)
    return document.write_pdf()


def render_pdf(data: ReportData) -> bytes:
    """render_html then write_pdf: the whole report from its data."""
    return write_pdf(render_html(data))


def page_pngs(pdf_bytes: bytes, pages: int = 1, dpi: int = 60, timeout: float = 60) -> list[bytes]:
    """PNGs of the PDF's first `pages` pages (all of them when it has fewer), by pdftoppm from poppler-utils,
    within `timeout` seconds. Raises ReportError."""
    if pages < 1:
        raise ReportError(f"a preview needs at least one page, not {pages}")
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise ReportError("pdftoppm is not installed (Debian package poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="report-preview-") as tmp:
        src = Path(tmp) / "report.pdf"
        src.write_bytes(pdf_bytes)
        command = [exe, "-png", "-r", str(int(dpi)), "-f", "1", "-l", str(int(pages))]
        if pages == 1:
            command.append("-singlefile")
        try:
            proc = subprocess.run(command + [str(src), str(Path(tmp) / "page")], capture_output=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            raise ReportError(f"pdftoppm took more than {timeout:g} s") from None
        # page.png (one page), else page-1.png ... or page-01.png ... (as many digits as the last page number)
        number = lambda png: int(png.stem.removeprefix("page").lstrip("-") or 0)  # noqa: E731
        outs = sorted(Path(tmp).glob("page*.png"), key=number)
        if proc.returncode != 0 or not outs:
            raise ReportError(f"pdftoppm failed: {proc.stderr.decode(errors='replace').strip()[:500]}")
        return [out.read_bytes() for out in outs]


def first_page_png(pdf_bytes: bytes, dpi: int = 60) -> bytes:
    """A PNG of the PDF's first page (pdftoppm from poppler-utils), for previews. Raises ReportError."""
    return page_pngs(pdf_bytes, 1, dpi)[0]
