"""Escaping: seed text comes out as the same characters, never as markup.

Each row is converted with the site's Markdown extensions, as MkDocs does, and the
reader's view (the HTML's text) must be the seed text itself.
"""
from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest

from generator.render.escape import esc, esc_inline, safe_url
from generator.text import clean

MD_EXTENSIONS = ["admonition", "attr_list", "tables", "toc"]  # as in mkdocs.yml


class _Html(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "[link](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<https://example.com>",
    "**bold** _em_ `code` ~~del~~ ^sup^",
    "# heading",
    "## heading ##",
    "Title\n===",
    "- item",
    "+ item",
    "1. item",
    "2025. A year",
    "> quote",
    "| a | b |\n|---|---|",
    "{: onclick=\"alert(1)\" }",
    "{{ config.site_name }} {% include 'x' %}",
    "${alert(1)} $math$",
    "&lt;script&gt; &#60;b&#62; &amp;",
    "\\*not\\* escaped \\",
    "!!! warning \"x\"",
    "!!! note",
    "??? note",
    "    indented code",
    "line one\n\u00a0\nline three",
    "a  \nb",
    "[^1] *[HTML]: x",
    "<!-- comment --> <![CDATA[x]]>",
    "\x02klzzwxh:0000\x03",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_esc_inline_is_literal_text_in_a_paragraph_a_heading_and_a_table_cell(text):
    expected = " ".join(clean(text).split())
    for source in (esc_inline(text), f"# {esc_inline(text)}", f"| h |\n|---|\n| {esc_inline(text)} |"):
        html = _Html(markdown.markdown(source, extensions=MD_EXTENSIONS))
        assert set(html.tags) <= {"p", "h1", "table", "thead", "tbody", "tr", "th", "td"}, source
        assert expected in " ".join("".join(html.text).split()), source


@pytest.mark.parametrize("text", HOSTILE)
def test_esc_is_literal_text_inside_raw_html(text):
    source = f'<div class="x">\n<p id="p1"><span>{esc(text)}</span></p>\n</div>'
    html = _Html(markdown.markdown(source, extensions=MD_EXTENSIONS))
    assert html.tags == ["div", "p", "span"]
    assert "".join(html.text).strip("\n") == clean(text).replace("\r", "\n")


def test_esc_is_safe_in_a_quoted_attribute():
    html = _Html(f'<a title="{esc(chr(34) + chr(39) + "> x")}">t</a>')
    assert html.tags == ["a"]


def test_esc_keeps_everything_on_one_line():
    assert "\n" not in esc("a\n\nb\r\nc") and "\n" not in esc_inline("a\n\nb")


@pytest.mark.parametrize(("text", "expected"), [
    ("a\u200bb\u200cc\u200dd", "abcd"),
    ("\u202eevil\u202c \u2066x\u2069 \u061c", "evil x "),
    ("\ufeffBOM", "BOM"),
    ("tag\U000e0041\U000e007f", "tag"),
    ("bell\x07 esc\x1b c1\x85\x9f", "bell esc c1"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("é e\u0301 新闻 👍", "é e\u0301 新闻 👍"),
])
def test_clean(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/a?b=1&c=2", "https&#58;//example.com/a?b=1&amp;c=2"),
    ("  http://example.com  ", "http&#58;//example.com"),
    ("HTTPS://EXAMPLE.COM", "HTTPS&#58;//EXAMPLE.COM"),
    ("mailto:desk@example.com", "mailto&#58;desk@example.com"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    (" javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("vbscript:msgbox", None),
    ("//evil.example.com", None),
    ("/relative/path", None),
    ("https://example.com/\" onmouseover=\"alert(1)", None),
    ("https://example.com/<script>", None),
    ("https://exa mple.com", None),
    ("ftp://example.com", None),
    ("", None),
    (None, None),
])
def test_safe_url(url, expected):
    assert safe_url(url) == expected
