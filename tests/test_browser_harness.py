"""The browser harness itself: it loads a served page and it does catch console errors."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{title}</title><link rel="icon" href="data:,"></head>
<body><h1 id="heading">Harness</h1><script>{script}</script></body>
</html>
"""


def write_page(folder, *, title: str, script: str = "") -> None:
    (folder / "index.html").write_text(PAGE.format(title=title, script=script), encoding="utf-8")


def test_served_page_loads_without_console_errors(tmp_path, serve_dir, page):
    write_page(tmp_path, title="Harness check", script="document.title += ' ok';")
    base_url = serve_dir(tmp_path)

    response = page.goto(f"{base_url}/index.html")

    assert response is not None and response.ok
    assert page.title() == "Harness check ok"
    assert page.text_content("#heading") == "Harness"
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("console.error('boom from the page');", "boom from the page"),
        ("throw new Error('uncaught kaboom');", "uncaught kaboom"),
    ],
)
def test_console_errors_are_caught(tmp_path, serve_dir, page, script, expected):
    write_page(tmp_path, title="Broken page", script=script)
    base_url = serve_dir(tmp_path)

    page.goto(f"{base_url}/")

    assert any(expected in error for error in page.console_errors), page.console_errors


def test_missing_file_is_a_404(tmp_path, serve_dir, page):
    base_url = serve_dir(tmp_path)

    response = page.goto(f"{base_url}/nothing-here.html")

    assert response is not None and response.status == 404
