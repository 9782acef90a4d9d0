"""Debian's chromium, headless, driven by Playwright (no browser download): for the e2e tests of pages."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--autoplay-policy=no-user-gesture-required", "--mute-audio",
]
"""What works here: without the network flags chromium keeps trying to reach hosts this machine cannot."""


def require_chromium() -> None:
    """Skip on a developer machine without chromium or Playwright; fail in CI, where scripts/test installs both."""
    missing = [] if Path(CHROMIUM).exists() or shutil.which("chromium") else ["chromium (apt-get install chromium)"]
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("playwright (pip install playwright)")
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def chromium_page() -> Iterator[Any]:
    """A fresh page in a fresh headless chromium; errors in the page fail the test."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                                    args=FLAGS, headless=True)  # Playwright gives it a fresh empty profile
        try:
            page = browser.new_page(viewport={"width": 420, "height": 900})
            page.on("pageerror", lambda e: errors.append(str(e)))
            yield page
        finally:
            browser.close()
    assert errors == []
