"""The portfolio's tick in a real browser: AppTest cannot click a row of the data grid (a canvas), so this checks
that clicking a row's checkbox selects that enterprise for the box and the actions, after a search too."""

from __future__ import annotations

import time

import pytest

from assessment.models import Enterprise
from tests.ui.conftest import needs_chromium, wait_for, sign_in_browser

pytestmark = needs_chromium

HEADER_PX = ROW_PX = 35  # the data grid's default header and row heights


def _click_row(page, row: int) -> None:
    """Click the checkbox of the table's `row` (0 = first row under the header)."""
    box = page.locator("[data-testid='stDataFrame']").first.bounding_box()
    page.mouse.click(box["x"] + 17, box["y"] + HEADER_PX + ROW_PX * row + ROW_PX / 2)


@pytest.mark.flaky(reruns=1)
def test_clicking_a_row_checkbox_selects_that_enterprise_in_a_real_browser(server, browser_page, tmp_path):
    store = server["store"]
    ids = {name: store.add_enterprise(Enterprise(name=name)).id for name in ("Alpha", "Beta", "Gamma")}
    page = browser_page(1400, 1200)
    sign_in_browser(page, server["base"])
    page.goto(f"{server['base']}/?lang=en")
    page.get_by_role("heading", name="Portfolio").wait_for()
    page.locator("[data-testid='stDataFrame']").first.wait_for()
    box = page.locator(".st-key-portfolio_pick input")
    shown = lambda name: box.input_value() == name  # noqa: E731
    wait_for(lambda: shown("Alpha"), what="the first row as the selection of a fresh session")
    time.sleep(1)  # the grid draws its rows after the frame
    for _attempt in range(3):  # a click landing while the first run still draws can be dropped
        _click_row(page, 2)
        try:
            wait_for(lambda: shown("Gamma"), timeout=8, what="Gamma selected by its tick")
            break
        except AssertionError:
            continue
    wait_for(lambda: shown("Gamma"), timeout=8, what="Gamma selected by its tick")
    search = page.get_by_placeholder("Name, credit code or industry")
    search.fill("alp")
    search.press("Enter")
    page.get_by_text("The selected enterprise is not among the rows shown").wait_for()
    assert shown("Gamma"), "a search does not change the selection"
    _click_row(page, 0)
    wait_for(lambda: shown("Alpha"), what="Alpha selected by its tick after the search")
    page.screenshot(path=str(tmp_path / "portfolio_ticked.png"), full_page=True)
    page.get_by_role("button", name="Archive", exact=True).click()
    page.get_by_text("Archive Alpha?").wait_for()
    page.get_by_role("button", name="Yes, archive it").click()
    wait_for(lambda: store.get_enterprise(ids["Alpha"]).archived, what="Alpha archived")
    assert not store.get_enterprise(ids["Gamma"]).archived
