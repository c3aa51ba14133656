"""Fixtures for the report tests. PDF renders take about a second each, so the few PDFs are module-scoped."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report_fixtures  # noqa: E402


@pytest.fixture(scope="session")
def catalog(the_default_catalog):
    return the_default_catalog


@pytest.fixture(scope="session")
def strong(catalog):
    return report_fixtures.strong_assessment(catalog)


@pytest.fixture(scope="session")
def previous(catalog):
    return report_fixtures.previous_assessment(catalog)


@pytest.fixture(scope="session")
def incomplete(catalog):
    return report_fixtures.incomplete_assessment(catalog)


@pytest.fixture(scope="session")
def hostile(catalog):
    return report_fixtures.hostile_assessment(catalog)
