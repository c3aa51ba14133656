"""Paths inside a pack: every part safe on Windows, macOS and Linux, one name per file of an item, and the names an
imported archive may not carry."""

from __future__ import annotations

import pytest

from assessment.pack.names import MAX_FILE, evidence_path, safe_component, unique_name, unsafe_reason


@pytest.mark.parametrize("text, safe", [
    ("组织架构图.pdf", "组织架构图.pdf"),
    ('a<b>c:d"e/f\\g|h?i*j.pdf', "a_b_c_d_e_f_g_h_i_j.pdf"),
    ("tab\tand\x00nul.txt", "tab_and_nul.txt"),
    ("ends with dots...", "ends with dots"),
    ("  spaced   out  .pdf ", "spaced out.pdf"),
    ("CON", "_CON"),
    ("con.txt", "_con.txt"),
    ("NUL.tar.gz", "_NUL.tar.gz"),
    ("COM1.pdf", "_COM1.pdf"),
    ("LPT9", "_LPT9"),
    ("CONSOLE.pdf", "CONSOLE.pdf"),
    ("..", "_"),
    ("", "_"),
    ("1.1 组织架构", "1.1 组织架构"),
])
def test_a_path_component_is_safe_on_every_common_file_system(text, safe):
    assert safe_component(text) == safe


def test_a_long_name_is_cut_keeping_its_extension():
    name = safe_component("长" * 500 + ".pdf")
    assert len(name) == MAX_FILE and name.endswith(".pdf")


def test_two_files_of_one_item_get_two_names_whatever_their_case():
    taken: set[str] = set()
    assert [unique_name(n, taken) for n in ("a.pdf", "A.pdf", "a.pdf", "b")] == ["a.pdf", "A (2).pdf",
                                                                                  "a (3).pdf", "b"]


def test_an_evidence_path_puts_the_file_under_its_indicator_and_item():
    assert evidence_path("1.1 组织/架构", "1.1.1", "x.pdf") == "evidence/1.1 组织_架构/1.1.1/x.pdf"


@pytest.mark.parametrize("name, words", [
    ("../x", "'..'"), ("a/../../x", "'..'"), ("a\\..\\x", "'..'"),
    ("/etc/passwd", "absolute"), ("\\x", "absolute"), ("C:\\x", "absolute"), ("c:x", "absolute"),
    ("\\\\server\\share\\x", "absolute"), ("a\x00b", "control"), ("a//b", "empty"), ("./a", "'.'"), ("", "empty"),
])
def test_an_archive_name_that_could_escape_its_folder_is_unsafe(name, words):
    assert words in unsafe_reason(name)


@pytest.mark.parametrize("name", ["manifest.json", "evidence/1.1 组织架构/1.1.1/组织架构图 (2).pdf", "evidence/"])
def test_the_names_a_pack_writes_are_safe(name):
    assert unsafe_reason(name) is None
