"""The app when its database goes away or is read-only, and when a file it is given is already stored."""

from __future__ import annotations

import shutil
from datetime import date

from assessment import usecases
from assessment.exchange import dump_assessment
from assessment.models import Enterprise
from assessment.store import Store

from tests.ui.conftest import make_app, no_exceptions, open_page, signed_in_token


def _key(aid: int, item: str, field: str, gen: int = 0) -> str:
    return f"w.{aid}.{gen}.{item}.{field}"


def _errors(at) -> str:
    return " ".join(e.value for e in at.error).replace("\\", "")  # the text is shown markdown-escaped


def _answer_first_item(at, aid: int) -> None:
    at.segmented_control(key=_key(aid, "1.1.1", "result")).set_value("met").run()


def _signed_in_read_only(monkeypatch, path, lang: str, aid=None):
    """AppTest over the database at `path` opened read-only, signed in while it could still be written (a
    sign-in writes its session; a signed-in browser then only reads it)."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    token = signed_in_token()
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///file:{path}?mode=ro&uri=true")
    at = make_app(lang, aid, signed_in=None)
    at.session_state["sign_in_token"] = token
    return at


def test_an_answer_into_a_read_only_database_shows_an_error_not_a_success(tmp_path, monkeypatch):
    path = tmp_path / "app.db"
    seed = Store(f"sqlite:///{path}")
    aid = seed.new_assessment(seed.add_enterprise(Enterprise(name="A")).id, date(2026, 1, 5)).id
    seed.close()
    at = _signed_in_read_only(monkeypatch, path, "en", aid)
    open_page(at, "ui/wizard.py")
    no_exceptions(at)  # reading a read-only database works
    _answer_first_item(at, aid)
    no_exceptions(at)
    assert f"Not saved: the database {path} is read-only." in _errors(at)
    assert Store(f"sqlite:///{path}").get_assessment(aid).assessment.responses == ()
    assert at.segmented_control(key=_key(aid, "1.1.1", "result", gen=1)).value is None  # the input shows the store


def test_an_answer_while_another_process_holds_the_write_lock_says_busy_and_saves_nothing(tmp_path, monkeypatch):
    import sqlite3

    from assessment.store import engine

    path = tmp_path / "app.db"
    seed = Store(f"sqlite:///{path}")
    aid = seed.new_assessment(seed.add_enterprise(Enterprise(name="A")).id, date(2026, 1, 5)).id
    seed.close()
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    at = make_app("zh", aid)
    open_page(at, "ui/wizard.py")
    other = sqlite3.connect(path, isolation_level=None)  # another process's long write, as the CLI's import
    try:
        other.execute("BEGIN IMMEDIATE")
        _answer_first_item(at, aid)
        no_exceptions(at)
        assert f"未保存：数据库 {path} 正忙于处理其他人的保存，请稍后重试。" in _errors(at)
        assert at.segmented_control(key=_key(aid, "1.1.1", "result", gen=1)).value is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Store(f"sqlite:///{path}").get_assessment(aid).assessment.responses == ()


def test_an_answer_into_a_vanished_database_folder_fails_loudly(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    url = f"sqlite:///{folder / 'app.db'}"
    seed = Store(url)
    aid = seed.new_assessment(seed.add_enterprise(Enterprise(name="A")).id, date(2026, 1, 5)).id
    seed.close()
    monkeypatch.setenv("DATABASE_URL", url)
    at = open_page(make_app("zh_CN", aid), "ui/wizard.py")
    no_exceptions(at)
    shutil.rmtree(folder)
    _answer_first_item(at, aid)
    no_exceptions(at)
    errors = _errors(at)
    assert "未保存" in errors and str(folder / "app.db") in errors
    assert not at.success and not folder.exists()


def test_an_enterprise_added_to_a_read_only_database_is_refused(tmp_path, monkeypatch):
    """A write from the page body (a form's submit button), not from a widget callback."""
    path = tmp_path / "app.db"
    Store(f"sqlite:///{path}").close()
    at = _signed_in_read_only(monkeypatch, path, "es").run()
    at.text_input(key="new_enterprise.name").input("Cliente Nuevo S.L.")
    at.button(key="new_enterprise.submit").click().run()
    no_exceptions(at)
    assert "No guardado: la base de datos" in _errors(at) and "solo lectura" in _errors(at)
    assert Store(f"sqlite:///{path}").list_enterprises(include_archived=True) == []


def test_a_file_identical_to_a_stored_round_warns_and_imports_only_when_asked(certified_world, store):
    stored = certified_world["second"]
    text = dump_assessment(usecases.export_assessment(store, stored.id), certified_world["catalog"])
    at = open_page(make_app("en"), "ui/transfer.py")
    at.file_uploader(key="tr_upload").upload("again.json", text.encode(), "application/json").run()
    no_exceptions(at)
    warning = " ".join(w.value for w in at.warning).replace("\\", "")
    assert "identical to the assessment of" in warning and certified_world["enterprise"].name in warning
    assert not [b for b in at.button if b.key == "tr_import"]
    before = len(store.list_assessments())
    at.button(key="tr_import_anyway").click().run()
    no_exceptions(at)
    assert len(store.list_assessments()) == before + 1


def test_a_changed_file_of_a_stored_round_imports_without_a_warning(certified_world, store):
    stored = certified_world["second"]
    changed = usecases.export_assessment(store, stored.id).model_copy(update={"assessor": "另一位评价员"})
    at = open_page(make_app("en"), "ui/transfer.py")
    at.file_uploader(key="tr_upload").upload("new.json", dump_assessment(changed).encode(), "application/json").run()
    no_exceptions(at)
    assert not at.warning
    assert [b for b in at.button if b.key == "tr_import"]


def test_a_database_that_cannot_be_opened_is_named_on_the_page(tmp_path, monkeypatch):
    missing = tmp_path / "gone" / "app.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///file:{missing}?mode=ro&uri=true")
    at = make_app("en", signed_in=None).run()  # nobody can sign in: the page names the database instead
    no_exceptions(at)
    assert f"The database {missing} cannot be read" in _errors(at)
