"""Shared fixtures: a local HTTP server for built sites and headless Debian Chromium.

The browser is Debian's /usr/bin/chromium driven by Playwright's sync API; Playwright
never downloads a browser build of its own (``make test`` installs the Debian package
when run as root). Without the browser the browser tests skip, except under CI=true,
where a missing browser is a failure so that a green run really ran them.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
MISSING_CHROMIUM = "Debian chromium not installed: run make test as root or apt-get install chromium"

# As root Chromium needs --no-sandbox; the network flags stop it from calling home,
# which this machine's closed network refuses (noisy and slow at start-up).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives headless Chromium")
    config.addinivalue_line("markers", "fuzz: long property-based runs (make fuzz)")
    _load_hypothesis_profile()


def _load_hypothesis_profile() -> None:
    """Pick the Hypothesis profile from HYPOTHESIS_PROFILE (``make fuzz`` sets ``fuzz``).

    No deadlines: the machines are shared and slow runs are not failures.
    """
    try:
        from hypothesis import settings
    except ImportError:  # the test extra is not installed
        return
    settings.register_profile("dev", deadline=None)
    settings.register_profile("fuzz", deadline=None, max_examples=2_000)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


# --- HTTP -------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with no request log and no caching between tests."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A browser closing a connection early is normal; anything else is reported.
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture
def serve_dir():
    """Factory: ``serve_dir(path)`` serves that folder and returns its base URL.

    The URL has no trailing slash (``http://127.0.0.1:PORT``), so pages are at
    ``f"{base_url}/index.html"``. Servers stop when the test ends.
    """
    running: list[tuple[_QuietServer, threading.Thread]] = []

    def start(path: str | os.PathLike[str]) -> str:
        root = Path(path)
        if not root.is_dir():
            raise NotADirectoryError(root)
        handler = functools.partial(_QuietHandler, directory=str(root))
        server = _QuietServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        thread.start()
        running.append((server, thread))
        host, port = server.server_address[:2]
        return f"http://{host}:{port}"

    yield start
    for server, thread in running:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- Browser ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if CHROMIUM.exists():
        return str(CHROMIUM)
    if _ci():
        pytest.fail(MISSING_CHROMIUM)
    pytest.skip(MISSING_CHROMIUM)


@pytest.fixture(scope="session")
def browser(chromium_path: str):
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page (own context) whose console errors and uncaught exceptions are
    collected in ``page.console_errors``; tests assert that list is empty."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.console_errors = errors

    def on_console(message) -> None:
        if message.type == "error":
            where = message.location or {}
            errors.append(f"console.error: {message.text} ({where.get('url', '?')}:{where.get('lineNumber', '?')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    try:
        yield page
    finally:
        context.close()
