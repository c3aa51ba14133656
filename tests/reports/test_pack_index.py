"""The pack's index, read back: the PDF's text (pypdf) and the workbook's cells, in Chinese and English: the cover
(enterprise, date, score, level), each item with its answer and its files, claims without proof marked, user text
kept as text."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assessment import usecases
from assessment.exchange import read_assessment
from assessment.store import Store
from reports.pack import write_pack
from reports.pack.texts import TEXTS, size_text, words

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "05-five-star.json"
PDF = b"%PDF-1.4\n% a scanned organisation chart\n"
NOW = datetime(2026, 12, 2, 9, 30)


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """The five-star example with two files on 1.1.1 (one named like a formula), packed in zh and in en."""
    folder = tmp_path_factory.mktemp("index")
    store = Store(f"sqlite:///{folder / 'index.db'}")
    aid = usecases.import_assessment(store, read_assessment(EXAMPLE)).id
    store.add_evidence(aid, "1.1.1", PDF, "组织架构图.pdf")
    store.add_evidence(aid, "1.1.1", b"name,role\n", "=cmd.csv")
    out = {}
    for lang in ("zh", "en"):
        path = folder / f"{lang}.zip"
        write_pack(store, aid, path, lang, NOW)
        with zipfile.ZipFile(path) as zf:
            out[lang] = (zf.read("index.pdf"), zf.read("index.xlsx"))
    store.close()
    return out


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def test_the_pdf_cover_names_the_enterprise_date_score_and_level(packs):
    text = pdf_text(packs["zh"][0])
    assert "第一阶段审核文件包索引" in text and "上海申达汽车销售服务有限公司" in text
    assert "2026-11-10" in text and "96.3" in text and "五星级" in text and "2026-12-02" in text


def test_the_pdf_lists_each_item_its_answer_and_its_files(packs):
    text = pdf_text(packs["en"][0])
    assert "Stage 1 audit document pack: index" in text and "Five-star" in text
    assert "evidence/1.1 " in text and "/1.1.1/=cmd.csv" in text and "/1.1.1/组织架构图.pdf" in text
    assert "Met" in text and "No evidence file" in text
    assert "Claimed met or partly met, with no evidence file and no evidence seen on site" in text


def test_the_pdf_embeds_its_cjk_font(packs):
    reader = PdfReader(io.BytesIO(packs["zh"][0]))
    fonts = {str(f["/BaseFont"]) for page in reader.pages[:1] for f in page["/Resources"]["/Font"].values()}
    assert any("Noto-Sans-CJK-SC" in f for f in fonts)


def test_the_workbook_has_a_cover_and_one_row_per_file_with_a_frozen_header(packs):
    wb = load_workbook(io.BytesIO(packs["zh"][1]))
    cover, items = wb.worksheets
    assert cover.title == "封面" and items.title == "条款与证据"
    values = {cover.cell(r, 1).value: cover.cell(r, 2).value for r in range(3, 12)}
    assert values["企业名称"] == "上海申达汽车销售服务有限公司" and values["自评得分"] == "96.3"
    assert values["自评等级"] == "五星级"
    assert items.freeze_panes == "C2"
    assert [c.value for c in items[1]][:2] == ["指标", "条款"]
    rows = [[c.value for c in row] for row in items.iter_rows(min_row=2)]
    files = [r for r in rows if r[1] == "1.1.1"]
    assert len(files) == 2 and files[0][3] == "符合" and files[0][5].endswith("/1.1.1/组织架构图.pdf")
    assert len(files[0][7]) == 64 and files[0][6] == len(PDF)
    assert all(r[1] != "1.1.1" or r[4] == "" or r[4] is None for r in rows)
    assert any(r[4] == "无证据" and r[5] == "无证据文件" for r in rows)


def test_a_file_named_like_a_formula_stays_text_in_the_workbook(packs):
    items = load_workbook(io.BytesIO(packs["en"][1])).worksheets[1]
    cells = [c for row in items.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and "cmd.csv" in c.value]
    assert cells and all(c.data_type == "s" and not c.value.startswith("=") for c in cells)


def test_every_word_of_the_index_exists_in_three_languages():
    for key, row in TEXTS.items():
        assert len(row) == 3 and all(text.strip() for text in row), key
        placeholders = [sorted(set(re.findall(r"{(\w+)}", text))) for text in row]
        assert placeholders[0] == placeholders[1] == placeholders[2], key
    assert words("zh")["to_reverify"] == "待复核" and words("es")["to_reverify"] == "por reverificar"
    assert words("en")["files"] == "Evidence files" and words("es")["files"] == "Archivos de evidencia"


@pytest.mark.parametrize("size, lang, text", [
    (812, "zh", "812 字节"), (1024, "en", "1 KB"), (1536, "es", "1,5 KB"), (5 * 1024 ** 2, "en", "5 MB"),
])
def test_sizes_are_written_as_people_read_them(size, lang, text):
    assert size_text(size, lang) == text
