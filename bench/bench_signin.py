"""Benchmarks of the sign-in page.

    .venv/bin/python bench/bench_signin.py [--rounds 5]

Figures printed:
  * the sign-in page's time to show in headless Chromium against a running `streamlit run app.py`: from
    `page.goto` to the sign-in form's password box being visible, each load in a fresh browser context (no
    cookie, nothing cached), median of the rounds; target under 1 s; with the part after the frontend's own
    scripts loaded, a reload with them cached, and the machine's load (the figures are the browser's work
    mostly: the app's run of the sign-in page takes tens of milliseconds), and the same measure on a bare
    Streamlit page holding only such a form;
  * the AppTest run of the gate with nobody signed in (the whole app script up to the form), median; and one
    password sign-in (the form submitted: Argon2 verification, the session written, the first page drawn).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_S = 1.0


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.0f} ms"


def browser_figures(rounds: int, folder: Path) -> dict[str, list[float]]:
    """goto -> form visible in a fresh context (nothing cached) and on a reload (the frontend cached), and
    the part of a fresh load after the frontend's own scripts loaded (the session's run and its drawing)."""
    from playwright.sync_api import sync_playwright

    from tests.ui.conftest import CHROMIUM, CHROMIUM_ARGS, running_app

    url = f"sqlite:///{folder / 'bench.db'}"
    figures: dict[str, list[float]] = {"fresh": [], "after_scripts": [], "reload": []}
    form = "[data-testid=stForm] input[type=password]"
    with running_app(url, folder) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for n in range(rounds + 1):  # the first load warms the server (imports, the database) and is left out
                context = browser.new_context()
                page = context.new_page()
                start = time.perf_counter()
                page.goto(base + "/", wait_until="domcontentloaded")
                loaded = time.perf_counter()
                page.locator(form).wait_for(state="visible", timeout=30_000)
                shown = time.perf_counter()
                start_reload = time.perf_counter()
                page.reload()
                page.locator(form).wait_for(state="visible", timeout=30_000)
                if n:
                    figures["fresh"].append(shown - start)
                    figures["after_scripts"].append(shown - loaded)
                    figures["reload"].append(time.perf_counter() - start_reload)
                context.close()
        finally:
            browser.close()
    return figures


BASELINE = """import streamlit as st
st.title("Sign in")
with st.form("f"):
    st.text_input("E-mail address")
    st.text_input("Password", type="password")
    st.form_submit_button("Sign in")
"""


def baseline_figures(rounds: int, folder: Path) -> list[float]:
    """The same measure on a bare Streamlit page holding only such a form: what the browser and Streamlit
    themselves take on this machine."""
    import subprocess

    from playwright.sync_api import sync_playwright

    from tests.ui.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, wait_healthy

    script = folder / "baseline.py"
    script.write_text(BASELINE, encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true",
                             "--browser.gatherUsageStats", "false"], cwd=folder, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    times = []
    try:
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base, proc)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                for n in range(rounds + 1):
                    context = browser.new_context()
                    page = context.new_page()
                    start = time.perf_counter()
                    page.goto(base + "/")
                    page.locator("[data-testid=stForm] input[type=password]").wait_for(state="visible")
                    if n:
                        times.append(time.perf_counter() - start)
                    context.close()
            finally:
                browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return times


def apptest_figures(rounds: int, folder: Path) -> tuple[list[float], float]:
    import logging

    from streamlit.testing.v1 import AppTest

    from tests.ui.conftest import APP, TEST_ADMIN, TEST_PASSWORD, ensure_user

    for name in ("streamlit", "streamlit.runtime.scriptrunner_utils.script_run_context"):
        logging.getLogger(name).setLevel(logging.ERROR)
    os.environ["DATABASE_URL"] = url = f"sqlite:///{folder / 'apptest.db'}"
    ensure_user(url)
    runs = []
    for n in range(rounds + 1):
        at = AppTest.from_file(APP, default_timeout=60)
        start = time.perf_counter()
        at.run()
        if n:
            runs.append(time.perf_counter() - start)
        assert not at.exception and at.text_input(key="_sign_in_password")
    at.text_input(key="_sign_in_email").input(TEST_ADMIN)
    at.text_input(key="_sign_in_password").input(TEST_PASSWORD)
    start = time.perf_counter()
    at.button[0].click().run()
    signing_in = time.perf_counter() - start
    assert not at.exception and "_actor" in at.session_state
    return runs, signing_in


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from tests.ui.conftest import CHROMIUM

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if CHROMIUM.exists():
            figures = browser_figures(args.rounds, folder)
            fresh = statistics.median(figures["fresh"])
            print(f"sign-in page shown in Chromium (goto -> form visible), fresh browser: median {_ms(fresh)} of "
                  f"{args.rounds} (min {_ms(min(figures['fresh']))}); target < {_ms(TARGET_S)}: "
                  + ("ok" if fresh < TARGET_S else "MISSED"))
            print(f"  of which after the frontend's scripts loaded (session run + drawing): median "
                  f"{_ms(statistics.median(figures['after_scripts']))}")
            print(f"  reload with the frontend cached: median {_ms(statistics.median(figures['reload']))}")
            baseline = baseline_figures(args.rounds, folder)
            print(f"  a bare Streamlit page with the same form, for comparison: median "
                  f"{_ms(statistics.median(baseline))}")
            print(f"  machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        else:
            print(f"sign-in page in Chromium: skipped ({CHROMIUM} is missing)")
        runs, signing_in = apptest_figures(args.rounds, folder)
        print(f"AppTest run of the gate, nobody signed in: median {_ms(statistics.median(runs))} of {len(runs)}")
        print(f"AppTest password sign-in (Argon2 check, session written, first page drawn): {_ms(signing_in)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
