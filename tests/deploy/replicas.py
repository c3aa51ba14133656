"""Several app replicas on one database behind nginx, and browsers driven through it: shared by the replicas
test (tests/deploy/test_deploy_replicas.py) and the load benchmark (bench/bench_load.py)."""

from __future__ import annotations

from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from tests.deploy import servers
from tests.ui.conftest import free_port, running_app

REPLICA_HEADER = "x-gbt27922-replica"


@dataclass(frozen=True)
class Team:
    """One enterprise with one blank assessment and members assigned to it (password TEST_PASSWORD)."""

    enterprise_id: int
    assessment_id: int
    emails: tuple[str, ...]
    names: tuple[str, ...]


def seed_team(url: str, members: int) -> Team:
    from assessment.models import Enterprise
    from assessment.store import Store

    from tests.ui.conftest import ensure_user

    store = Store(url)
    try:
        ent = store.add_enterprise(Enterprise(name="杭州示例家电有限公司", credit_code="91350100M000100Y43"))
        aid = store.new_assessment(ent.id, date(2026, 1, 5), assessor="王丽").id
    finally:
        store.close()
    emails = tuple(f"member{n + 1}@example.com" for n in range(members))
    names = tuple(f"成员{n + 1}号" for n in range(members))
    for email, name in zip(emails, names):
        ensure_user(url, email, role="member", name=name, enterprises=(ent.id,))
    return Team(ent.id, aid, emails, names)


@dataclass(frozen=True)
class Deployment:
    base: str  # https://127.0.0.1:PORT, nginx
    redirect: str  # http://127.0.0.1:PORT, nginx's HTTP server (redirects to HTTPS)
    replicas: tuple[str, ...]  # the replicas' upstream addresses as nginx names them: 127.0.0.1:PORT
    nginx_dir: Path


@contextmanager
def replicas_behind_nginx(db_url: str, folder: Path, count: int = 2) -> Iterator[Deployment]:
    """`count` replicas of `streamlit run app.py` over `db_url` and nginx in front (the real site file, its
    ports and certificate rewritten for 127.0.0.1): everything stopped at the end."""
    ports = [free_port() for _ in range(count)]
    with ExitStack() as stack:
        for n, port in enumerate(ports):
            replica_dir = folder / f"replica{n + 1}"
            replica_dir.mkdir(parents=True, exist_ok=True)
            stack.enter_context(running_app(db_url, replica_dir, port=port))
        https_port, http_port = free_port(), free_port()
        conf = servers.write_config(folder / "nginx", ports, https_port, http_port)
        base = stack.enter_context(servers.running_nginx(conf, https_port))
        yield Deployment(base, f"http://127.0.0.1:{http_port}", tuple(f"127.0.0.1:{p}" for p in ports),
                         conf.parent)


def launch_browser(playwright):
    from tests.ui.conftest import CHROMIUM, CHROMIUM_ARGS

    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=30_000)


def open_on_replica(browser, base: str):
    """A fresh browser context and page through nginx, and the replica its first page came from."""
    context = browser.new_context(ignore_https_errors=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(30_000)
    response = page.goto(base + "/")
    return context, page, response.headers.get(REPLICA_HEADER)


def contexts_on_different_replicas(browser, base: str, wanted: int = 2, tries: int = 12):
    """Fresh contexts until `wanted` of them landed on different replicas (bounded): [(context, page, replica)].
    The others are closed."""
    found: dict[str, tuple] = {}
    for _ in range(tries):
        context, page, replica = open_on_replica(browser, base)
        if replica and replica not in found:
            found[replica] = (context, page, replica)
            if len(found) == wanted:
                return list(found.values())
        else:
            context.close()
    raise AssertionError(f"{tries} browser contexts reached only {sorted(found)}")


def item_group(page, index: int):
    """The result buttons of the `index`-th item card on the wizard's step."""
    return page.locator("[data-testid='stButtonGroup']").nth(index)


def open_wizard(page, base: str, aid: int) -> None:
    page.goto(f"{base}/wizard?a={aid}&lang=en")
    page.get_by_role("heading", name="Assessment wizard").wait_for()
    item_group(page, 0).wait_for()
