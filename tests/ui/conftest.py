"""The app's world for tests: a temporary database (DATABASE_URL), the store on it, and AppTest on app.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assessment.models import Assessment, CatalogRef, Certificate, Enterprise
from assessment.store import Store
from criteria import default_catalog
from ui.pages import PAGE_PATHS

from tests.unit.builders import answers_for  # noqa: F401  (the app tests build their rounds with it)

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")

PAGES = list(PAGE_PATHS)  # every page of the app's navigation


@pytest.fixture
def db_url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


@pytest.fixture
def store(db_url) -> Store:
    s = Store(db_url)
    yield s
    s.close()


def make_app(lang: str = "zh_CN", assessment_id: int | None = None):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["lang"] = lang
    if assessment_id is not None:
        at.session_state["assessment_id"] = assessment_id
    return at


@pytest.fixture
def app(db_url):
    return make_app()


def open_page(at, page: str):
    """Run the app once (navigation registers its pages), then switch to `page` and run it."""
    if not getattr(at, "_has_run_once", False):
        at.run()
        at._has_run_once = True
    at.switch_page(page)
    return at.run()


ACME = Enterprise(name="杭州示例家电有限公司", credit_code="91350100M000100Y43", kind="seller", industry="家电零售",
                  address="杭州市", contact="王丽 0571-1234567")


@pytest.fixture
def certified_world(store):
    """One enterprise with two rounds (the later one complete) and a four-star certificate."""
    catalog = default_catalog()
    ent = store.add_enterprise(ACME)
    ref = CatalogRef(id=catalog.id, version=catalog.version)
    ids = [it.id for _, _, it in catalog.iter_items()]
    first = store.add_assessment(ent.id, Assessment(catalog=ref, enterprise=ACME, assessed_on=date(2025, 3, 1),
                                                    assessor="王丽", responses=answers_for(catalog, set(ids[:6]))))
    second = store.add_assessment(
        ent.id,
        Assessment(catalog=ref, enterprise=ACME, assessed_on=date(2026, 3, 1), assessor="王丽",
                   responses=answers_for(catalog, set(ids[:2]), {"1.2.1": (10, 3)})),
        previous_id=first.id,
    )
    store.add_certificate(ent.id, Certificate(number="CSC-2025-0001", issued_on=date(2025, 4, 1), level="four_star"))
    return {"enterprise": ent, "first": first, "second": second, "catalog": catalog}


def no_exceptions(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
