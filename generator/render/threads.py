"""Story threads: one page per thread, its briefings oldest first, each saying what it adds
to the ones before (its sentences that none of them has), and an index of the threads.

A sentence counts as already told when an earlier briefing has a sentence holding at least
``TOLD`` of its content words: a lead paragraph repeated with one word changed is not news.
"""
from __future__ import annotations

import re
from typing import Sequence

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..model import Briefing, Sentence
from .briefing import format_date, front_matter
from .escape import esc_inline

TOLD = 0.7
MAX_NEW = 5
_WORD = re.compile(r"[^\W_]{3,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS)


def new_sentences(b: Briefing, earlier: Sequence[Briefing]) -> list[Sentence]:
    """``b``'s sentences that the ``earlier`` briefings do not already tell."""
    told = [_words(s.text) for e in earlier for s in e.sentences]
    out = []
    for s in b.sentences:
        if s.text.strip().casefold() == b.title.strip().casefold():
            continue  # the headline line of a .txt seed
        words = _words(s.text)
        if words and not any(len(words & t) >= TOLD * len(words) for t in told):
            out.append(s)
    return out


def thread_title(first: Briefing) -> str:
    return first.title


def render_thread(thread_id: str, members: Sequence[Briefing]) -> str:
    """``members`` oldest first."""
    title = f"Story: {thread_title(members[0])}"
    lines = [*front_matter(title, search=False), f"# {esc_inline(title)}", "",
             f"{len(members)} briefings on one story, oldest first. Each entry lists what it adds to the ones before it.",
             "", "[All story threads](index.md)", ""]
    for k, b in enumerate(members):
        lines += [f"## {k + 1}. [{esc_inline(b.title)}](../briefings/{b.id}.md)", "",
                  f"*{format_date(b.article.published)}*" + (f" · {esc_inline(b.article.source)}" if b.article.source else ""), ""]
        if k == 0:
            lines += ["**Starts the story:** " + (esc_inline(b.tldr.text) if b.tldr else ""), ""]
            continue
        new = new_sentences(b, members[:k])
        if not new:
            lines += ["**Adds nothing new:** every sentence is in an earlier briefing.", ""]
            continue
        more = f" (and {len(new) - MAX_NEW} more)" if len(new) > MAX_NEW else ""
        lines += [f"**What it adds**{more}:", ""]
        lines += [f"- {esc_inline(s.text)} [¶{s.paragraph + 1}](../briefings/{b.id}.md#s{s.index + 1})"
                  for s in new[:MAX_NEW]]
        lines.append("")
    return "\n".join(lines)


def render_threads_index(threads: dict[str, Sequence[Briefing]]) -> str:
    """Threads newest story first (by their latest briefing)."""
    lines = [*front_matter("Story threads", search=False), "# Story threads", "",
             "Briefings on one story, grouped: each thread page shows them oldest first, with what each adds.", ""]
    if not threads:
        lines.append("*No story has two briefings yet.*")
    ordered = sorted(threads.items(), key=lambda kv: (-max((b.article.published.toordinal() for b in kv[1]
                                                            if b.article.published), default=0), kv[0]))
    for thread_id, members in ordered:
        dated = [b.article.published for b in members if b.article.published]
        span = f"{format_date(min(dated))} – {format_date(max(dated))}" if dated else "Date unknown"
        lines.append(f"- [{esc_inline(thread_title(members[0]))}]({thread_id}.md) · {len(members)} briefings · {span}")
    return "\n".join(lines) + "\n"
