"""A Markdown extension that converts escaped seed text in time linear in its length.

``escape.esc`` writes every character Markdown could read as syntax as a character
reference (``:`` as ``&#58;``). Python-Markdown turns each reference into one inline match,
and each match rebuilds the rest of the line: a quote of 40,000 colons took 13.6 s and an
80 KB seed of ``&`` minutes (issue 13). This pattern takes, from a character reference on,
the whole run of references and text that holds no Markdown syntax, and stores it as the
HTML it already is: one match per run of seed text, whatever it holds.

It runs after links, autolinks and inline HTML (priority 85, between ``html`` and
``entity``), so it only ever sees text: a link's address is already an attribute.
The MkDocs plugin adds it to the site's Markdown extensions (``generator.render.inert_text``).
"""
from __future__ import annotations

import re

from markdown import Extension
from markdown.inlinepatterns import InlineProcessor

_REF = r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);"
# Text with no character Markdown or HTML reads (esc() writes all of them as references),
# and no placeholder (\x02...\x03) of what the earlier patterns matched.
_PLAIN = r"[^\x02\x03\n<>&\\`*_\[\]{}#|~^:$\"']"
_START = re.compile(_REF)
_RUN = re.compile(f"(?:{_PLAIN}|{_REF})*")
PRIORITY = 85


class InertTextProcessor(InlineProcessor):
    """A character reference and the inert text after it, as stored HTML."""

    def handleMatch(self, m: re.Match, data: str):  # noqa: N802 (Markdown's API)
        end = _RUN.match(data, m.end()).end()
        return self.md.htmlStash.store(data[m.start():end]), m.start(), end


class InertTextExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Markdown's API)
        md.inlinePatterns.register(InertTextProcessor(_START.pattern, md), "briefings_inert_text", PRIORITY)


def makeExtension(**kwargs) -> InertTextExtension:  # noqa: N802 (Markdown's API)
    return InertTextExtension(**kwargs)
