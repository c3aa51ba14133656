"""Shared fixtures. The repository root goes on sys.path so `criteria` and `assessment` import without install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def the_default_catalog():
    """The built-in GB/T 27922-2011 catalog, loaded and validated once."""
    from criteria import default_catalog

    return default_catalog()
