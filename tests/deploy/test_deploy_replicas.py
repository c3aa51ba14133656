"""Two app replicas on one PostgreSQL database behind nginx (the real site configuration on 127.0.0.1): two
people signed in through nginx on different replicas answer different items of one assessment, and each sees
both answers and both audit entries; every request of a browser, its WebSocket included, reaches one replica."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from tests.deploy import servers
from tests.deploy.replicas import (
    REPLICA_HEADER, contexts_on_different_replicas, item_group, open_wizard, replicas_behind_nginx, seed_team,
)
from tests.ui.conftest import CHROMIUM, sign_in_browser, wait_for

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (make installs it)")

ANSWERS = (("Not met", "not_met"), ("Met", "met"))  # person A's item (the first card), person B's (the second)


@pytest.fixture(scope="module")
def deployment(pg_cluster, tmp_path_factory):
    if servers.NGINX is None:
        servers.unavailable("nginx is not installed (Debian package nginx)")
    url = pg_cluster.database("replicas")
    team = seed_team(url, members=2)
    with replicas_behind_nginx(url, tmp_path_factory.mktemp("deployment")) as deployed:
        yield deployed, team, url


def _answers(url: str, aid: int) -> dict[str, str]:
    from assessment.store import Store

    store = Store(url)
    try:
        return {i: r.result for i, r in store.get_assessment(aid).assessment.response_map().items()}
    finally:
        store.close()


def _answer(page, index: int, label: str, url: str, aid: int, value: str) -> str:
    """Click `label` on the `index`-th card until the store has it (a click landing while the page's first run
    still draws can be dropped by the frontend); the item's id."""
    before = set(_answers(url, aid))
    for _attempt in range(3):
        item_group(page, index).get_by_role("radio", name=label, exact=True).click()
        try:
            wait_for(lambda: value in {_answers(url, aid).get(i) for i in set(_answers(url, aid)) - before},
                     timeout=10, what=f"the answer {value}")
            break
        except AssertionError:
            continue
    [item] = [i for i, r in _answers(url, aid).items() if i not in before and r == value]
    return item


def _history_text(page) -> str:
    panels = page.locator("[data-testid=stExpander]").filter(has_text="History (1)")
    wait_for(lambda: panels.count() == 2, what="a History panel on each answered card")
    texts = []
    for n in range(panels.count()):
        panel = panels.nth(n)
        panel.locator("summary").click()
        panel.locator("[data-testid=stMarkdownContainer]").first.wait_for()
        texts.append(panel.inner_text())
    return "\n".join(texts)


def test_two_people_on_two_replicas_see_each_others_answers_and_audit_entries(deployment):
    from playwright.sync_api import sync_playwright

    deployed, team, url = deployment
    aid = team.assessment_id
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"])
        try:
            people = contexts_on_different_replicas(browser, deployed.base)
            assert {replica for _, _, replica in people} == set(deployed.replicas)
            items = []
            for (context, page, replica), email, (label, value), index in zip(people, team.emails, ANSWERS, (0, 1)):
                sign_in_browser(page, deployed.base, email)  # through nginx: the sign-in cookie's script too
                open_wizard(page, deployed.base, aid)  # the page answers: its WebSocket works through nginx
                items.append(_answer(page, index, label, url, aid, value))
            assert _answers(url, aid) == {items[0]: "not_met", items[1]: "met"}

            for context, page, replica in people:  # each replica shows both people's work
                response = page.reload()
                assert response.headers.get(REPLICA_HEADER) == replica, "a reload stays on its replica"
                page.get_by_role("heading", name="Assessment wizard").wait_for()
                for index, (label, _value) in enumerate(ANSWERS):
                    chosen = item_group(page, index).get_by_role("radio", name=label, exact=True)
                    wait_for(lambda: chosen.get_attribute("aria-checked") == "true",
                             what=f"card {index + 1} showing {label} on {replica}")
                history = _history_text(page)
                for name in team.names:
                    assert name in history, (replica, history)
                # a media address (downloads, images) follows the browser's route like every other request
                page.request.get(deployed.base + "/media/not-there.png")
            route_cookies = {replica: context.cookies() for context, _page, replica in people}
            for context, _page, _replica in people:
                context.close()  # the WebSockets close: nginx logs them
        finally:
            browser.close()

    from assessment.store import Store

    store = Store(url)
    try:
        entries = store.audit_trail(assessment_id=aid)
    finally:
        store.close()
    answered = {(e.actor, e.target_key) for e in entries if e.target == "item"}
    assert answered == {(team.names[0], items[0]), (team.names[1], items[1])}, answered

    routes = {next(c["value"] for c in cookies if c["name"] == "gbt27922_route"): replica
              for replica, cookies in route_cookies.items()}  # route cookie -> the replica its first page came from

    def streams_logged() -> bool:  # nginx logs a WebSocket when it closes
        rows = servers.access_log(deployed.nginx_dir)
        return all(any(r["route"] == route and "/_stcore/stream" in r["request"] for r in rows) for route in routes)

    wait_for(streams_logged, what="each browser's WebSocket in nginx's access log")
    log = servers.access_log(deployed.nginx_dir)
    routes = {replica: route for route, replica in routes.items()}
    for replica in deployed.replicas:
        rows = [r for r in log if r["route"] == routes[replica]]
        assert {r["upstream"] for r in rows} == {replica}, f"one browser, one replica: {rows}"
        paths = " ".join(r["request"] for r in rows)
        assert "GET /_stcore/stream" in paths and "GET /media/" in paths and "GET /wizard" in paths
        streams = [r for r in rows if "/_stcore/stream" in r["request"]]
        assert all(r["status"] == 101 for r in streams), streams


def test_nginx_redirects_http_to_https_and_passes_health_through(deployment):
    deployed, _team, _url = deployment
    with urllib.request.urlopen(deployed.base + "/_stcore/health", context=servers.insecure_context()) as r:
        assert r.status == 200 and r.read() == b"ok"
        assert r.headers.get(REPLICA_HEADER) in deployed.replicas
        route = [c for c in r.headers.get_all("Set-Cookie") or () if c.startswith("gbt27922_route=")]
        assert route and "HttpOnly" in route[0] and "Secure" in route[0], "a browser without a route gets one"

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as moved:
        opener.open(deployed.redirect + "/wizard?a=1")
    assert moved.value.code == 301
    assert moved.value.headers["Location"] == "https://127.0.0.1/wizard?a=1"
