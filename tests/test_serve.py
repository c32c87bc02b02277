"""``mkdocs serve`` on loopback: a new, edited or deleted seed shows on reload."""
from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from sitebuild import BIN, make_project

SEED = "---\ntitle: {title}\npublished: 2025-05-02\n---\nThe harbour board signed the deal on Friday.\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, predicate, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                last = response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code}"
        except OSError:
            last = "no answer"
        if predicate(last):
            return last
        time.sleep(0.5)
    raise AssertionError(f"{url}: still {last[:200]!r} after {timeout} s")


@pytest.fixture
def served(tmp_path):
    project = make_project(tmp_path)
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(f"http://127.0.0.1:{port}/", lambda page: "Briefings" in page)
        yield project, f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_new_edited_and_deleted_seeds_show_on_reload(served):
    project, base = served
    docs_before = sorted(p.relative_to(project) for p in (project / "docs").rglob("*"))
    seed = project / "seeds" / "harbour.md"
    page = f"{base}/briefings/harbour/"
    seed.write_text(SEED.format(title="Harbour deal signed"), "utf-8")
    _wait_for(page, lambda html: "Harbour deal signed" in html)
    seed.write_text(SEED.format(title="Harbour deal finally signed"), "utf-8")
    _wait_for(page, lambda html: "Harbour deal finally signed" in html)
    seed.unlink()
    _wait_for(page, lambda html: html == "HTTP 404")
    assert sorted(p.relative_to(project) for p in (project / "docs").rglob("*")) == docs_before
