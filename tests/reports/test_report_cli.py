"""`python -m assessment report`: files, stored ids with the round comparison, --all in processes, bad input."""

from __future__ import annotations

import argparse
import errno
import io
import os
from datetime import date
from pathlib import Path

import pytest
from report_fixtures import REPORT_DATE
from pypdf import PdfReader

from assessment.cli import main
from assessment.models import Certificate
from reports import build_report, render_html
from assessment.cli.report_run import run_report
from reports.batch import ProgressBar


@pytest.fixture()
def strong_file(tmp_path, strong) -> Path:
    path = tmp_path / "strong.json"
    path.write_text(strong.model_dump_json(indent=1), encoding="utf-8")
    return path


@pytest.fixture()
def store_with_two_rounds(tmp_path, strong, previous):
    """Two enterprises: one with two rounds and a certificate, one with a single (incomplete) round."""
    from assessment.store import Store

    url = f"sqlite:///{tmp_path / 'reports.db'}"
    store = Store(url)
    ent = store.add_enterprise(strong.enterprise)
    first = store.add_assessment(ent.id, previous.model_copy(update={"certificate": None}))
    second = store.add_assessment(ent.id, strong.model_copy(update={"certificate": None}), previous_id=first.id)
    store.add_certificate(ent.id, Certificate(number="CERT-77", issued_on=date(2022, 6, 1), level="four_star"))
    other = store.add_enterprise(strong.enterprise.model_copy(update={"name": "宁波海岸电器有限公司"}))
    store.new_assessment(other.id, date(2025, 3, 1), "李四")
    store.close()
    return url, second.id


def cli(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_file_gives_the_html_weasyprint_gets(capsys, tmp_path, strong_file, catalog, strong):
    out = tmp_path / "r.html"
    code, _, err = cli(capsys, "report", strong_file, "--html", out, "--today", REPORT_DATE, "--lang", "en")
    assert code == 0, err
    expected = render_html(build_report(catalog, strong, today=REPORT_DATE, lang="en"))
    assert out.read_text(encoding="utf-8") == expected


def test_a_file_gives_a_pdf_and_the_same_html(tmp_path, strong_file, catalog, strong):
    pdf, html = tmp_path / "r.pdf", tmp_path / "r.html"
    args = argparse.Namespace(
        source=str(strong_file), output=str(pdf), html=str(html), all=False, out_dir=None, catalog=None,
        today=REPORT_DATE, lang="zh", db=None,
    )
    assert run_report(args) == 0
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) >= 10
    assert strong.enterprise.name in reader.pages[0].extract_text()
    assert '<html lang="zh-CN">' in html.read_text(encoding="utf-8")


def test_a_stored_id_brings_the_previous_round_and_the_certificate(capsys, tmp_path, store_with_two_rounds):
    url, assessment_id = store_with_two_rounds
    out = tmp_path / "s.html"
    code, _, err = cli(capsys, "--db", url, "report", assessment_id, "--html", out, "--today", "2025-05-20")
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    assert 'id="sec-comparison"' in html and "+62.5" in html
    assert "CERT-77" in html


@pytest.mark.parametrize(
    "argv, words",
    [
        (["report", "no-such-file.json", "-o", "x.pdf"], "no such file"),
        (["report", "0", "-o", "x.pdf"], "no such file"),
        (["report", "4242", "-o", "x.pdf"], "no stored assessment with id 4242"),
        (["report", "{file}", "-o", "/no/such/folder/x.pdf"], "does not exist"),
        (["report", "{bad}", "-o", "x.pdf"], "bad.json"),
        (["report", "{other}", "-o", "x.pdf"], "pass --catalog PATH"),
        (["report", "{file}", "-o", "x.pdf", "--lang", "fr"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_with_a_message(capsys, tmp_path, strong_file, strong, argv, words, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "gbt27922-assessment", "responses": [', encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text(
        strong.model_copy(update={"catalog": strong.catalog.model_copy(update={"id": "other-sheet"})}).model_dump_json(),
        encoding="utf-8",
    )
    names = {"{file}": str(strong_file), "{bad}": str(bad), "{other}": str(other)}
    argv = [names.get(a, a) for a in argv]
    try:
        code, _, err = cli(capsys, "--db", f"sqlite:///{tmp_path / 'empty.db'}", *argv)
    except SystemExit as exc:  # argparse rejects a bad choice itself
        code, err = exc.code, capsys.readouterr().err
    assert code == 2
    assert words in err
    assert not (tmp_path / "x.pdf").exists()


def test_all_renders_the_latest_assessment_of_every_enterprise_in_processes(capsys, tmp_path, store_with_two_rounds):
    url, assessment_id = store_with_two_rounds
    out_dir = tmp_path / "out"
    args = argparse.Namespace(
        source=None, output=None, html=None, all=True, out_dir=str(out_dir), catalog=None, today=REPORT_DATE,
        lang="en", db=url, jobs=2,
    )
    assert run_report(args) == 0
    err = capsys.readouterr().err
    pdfs = sorted(out_dir.glob("*.pdf"))
    assert len(pdfs) == 2
    assert any(p.name.endswith(f"-{assessment_id}.pdf") for p in pdfs)
    assert "[" in err and "2/2" in err and "2 report(s) written" in err
    for pdf in pdfs:
        assert PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text().strip()


def test_the_progress_bar_counts_to_the_total():
    stream = io.StringIO()
    bar = ProgressBar(4, stream=stream, width=8)
    for name in "abcd":
        bar.advance(name)
    bar.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("[##------] 1/4") and lines[-1].startswith("[########] 4/4")


class _FullDisk:
    """A file object on a disk that fills up halfway through the first write."""

    def __init__(self, fh):
        self.fh = fh

    def write(self, data: bytes) -> int:
        self.fh.write(data[: len(data) // 2])
        self.fh.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self.fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()


@pytest.mark.parametrize("earlier", [None, b"%PDF-1.7 the report written yesterday"], ids=["new file", "file replaced"])
def test_report_on_a_full_disk_leaves_no_truncated_pdf(capsys, tmp_path, strong_file, monkeypatch, earlier):
    import reports.render

    pdf = tmp_path / "out" / "r.pdf"
    pdf.parent.mkdir()
    if earlier is not None:
        pdf.write_bytes(earlier)
    monkeypatch.setattr(reports.render, "write_pdf", lambda html: b"%PDF-1.7 " + b"x" * 200_000)
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **kw: _FullDisk(real_fdopen(fd, *a, **kw)))
    code, _, err = cli(capsys, "report", strong_file, "-o", pdf, "--today", REPORT_DATE)
    assert code == 2 and "Traceback" not in err
    assert str(pdf) in err and os.strerror(errno.ENOSPC) in err
    assert sorted(p.name for p in pdf.parent.iterdir()) == ([] if earlier is None else ["r.pdf"])
    if earlier is not None:
        assert pdf.read_bytes() == earlier  # the earlier report is still whole


def test_a_report_from_a_read_only_database_is_written(capsys, tmp_path, store_with_two_rounds):
    url, assessment_id = store_with_two_rounds
    read_only = "sqlite:///file:" + url.removeprefix("sqlite:///") + "?mode=ro&uri=true"
    out = tmp_path / "ro.html"
    code, _, err = cli(capsys, "--db", read_only, "report", assessment_id, "--html", out, "--today", "2025-05-20")
    assert code == 0, err
    assert "CERT-77" in out.read_text(encoding="utf-8")


def test_a_report_from_a_database_that_cannot_be_read_exits_2_naming_it(capsys, tmp_path):
    missing = tmp_path / "gone" / "reports.db"
    code, _, err = cli(capsys, "--db", f"sqlite:///file:{missing}?mode=ro&uri=true", "report", "1", "--html",
                       tmp_path / "x.html")
    assert code == 2 and str(missing) in err and "Traceback" not in err
    assert not (tmp_path / "x.html").exists()
