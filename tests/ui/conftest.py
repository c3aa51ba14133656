"""The app's world for tests: a temporary database (DATABASE_URL), the store on it, and AppTest on app.py."""

from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
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


TEST_ADMIN = "admin@example.com"


TEST_PASSWORD = "test-password"


@functools.lru_cache(maxsize=None)
def test_password_hash() -> str:
    """The Argon2 hash of TEST_PASSWORD, made once per test process (hashing is slow on purpose)."""
    from assessment import accounts

    return accounts.hash_password(TEST_PASSWORD)


def _ensure_user(s: Store, email: str, role: str, name: str, enterprises: tuple[int, ...]):
    from assessment.store import NotFound

    try:
        return s.get_user(email)
    except NotFound:
        return s.add_user(email, role, name=name, password_hash=test_password_hash(), enterprises=enterprises)


def ensure_user(url: str, email: str = TEST_ADMIN, role: str = "admin", name: str = "测试管理员",
                enterprises: tuple[int, ...] = ()) -> None:
    """The account `email` (password TEST_PASSWORD) exists in the database at `url`."""
    s = Store(url)
    try:
        _ensure_user(s, email, role, name, enterprises)
    finally:
        s.close()


def signed_in_token(email: str = TEST_ADMIN, role: str = "admin", name: str = "测试管理员",
                    enterprises: tuple[int, ...] = ()) -> str:
    """A signed-in session token for `email` in the test database (DATABASE_URL), creating the account first.
    The session is opened directly (the password check itself is tested in test_app_sign_in.py)."""
    import secrets
    from datetime import datetime, timezone

    from assessment import accounts

    s = Store(os.environ["DATABASE_URL"])
    try:
        user = _ensure_user(s, email, role, name, enterprises)
        token = secrets.token_urlsafe(32)
        s.open_sign_in(user.id, accounts.token_hash(token), "password",
                       datetime.now(timezone.utc).replace(tzinfo=None))
        return token
    finally:
        s.close()


def sign_in_browser(page, base: str, email: str = TEST_ADMIN, password: str = TEST_PASSWORD) -> None:
    """Sign `page`'s browser in through the sign-in form; the cookie then keeps it signed in across loads."""
    page.goto(base + "/")
    form = page.locator("[data-testid=stForm]")
    form.locator("input[type=text], input:not([type])").first.fill(email)
    form.locator("input[type=password]").fill(password)
    form.locator("button[data-testid*=FormSubmit]").click()
    page.locator(".st-key-_sign_out").wait_for()
    wait_for(lambda: any(c["name"] == "gbt27922_session" for c in page.context.cookies()), what="the sign-in cookie")


def make_app(lang: str = "zh_CN", assessment_id: int | None = None, *, signed_in: str | None = TEST_ADMIN):
    """AppTest on app.py, signed in as the test administrator (or as `signed_in`, an account made before;
    None: nobody signed in)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["lang"] = lang
    if signed_in is not None:
        at.session_state["sign_in_token"] = signed_in_token(signed_in)
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


# -- a real browser against `streamlit run` ------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (make installs it)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer at {url} within {timeout} s")


def wait_for(predicate, timeout: float = 20, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@contextmanager
def running_app(db_url: str, folder: Path, env: dict | None = None, port: int | None = None):
    """`streamlit run app.py` on a free loopback port (or `port`) over `db_url` (its log in `folder`, `env` added
    to its environment): yields the base URL and always stops the server."""
    ensure_user(db_url)  # the test administrator's account exists (see sign_in_browser)
    port = port or free_port()
    log = (folder / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, "DATABASE_URL": db_url, "PYTHONUNBUFFERED": "1", **(env or {})}, stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


@pytest.fixture
def browser_page():
    """Headless Chromium: `browser_page(width, height)` opens a tab (30 s timeouts); closed after the test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=30_000)

        def new_page(width: int = 1400, height: int = 1000):
            page = browser.new_page(viewport={"width": width, "height": height})
            page.set_default_timeout(30_000)
            return page

        try:
            yield new_page
        finally:
            browser.close()


@pytest.fixture
def server(tmp_path):
    """The app over its own database holding one enterprise with a blank assessment."""
    url_db = f"sqlite:///{tmp_path / 'browser.db'}"
    store = Store(url_db)
    ent = store.add_enterprise(Enterprise(name="浙江测试电器有限公司"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5), assessor="李明").id
    try:
        with running_app(url_db, tmp_path) as base:
            yield {"base": base, "store": store, "aid": aid}
    finally:
        store.close()
