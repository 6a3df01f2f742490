"""Shared test fixtures: where the team's shared data lives (``/work/shared`` beside the repository)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# The shared folder sits next to the repository root: <root>/../shared.
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Path to ``shared/``; skips the test when it is absent, except under CI=true where that is a failure."""
    if not SHARED_DIR.is_dir():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"shared data folder {SHARED_DIR} is missing (required when CI=true)")
        pytest.skip(f"shared data folder {SHARED_DIR} is absent")
    return SHARED_DIR
