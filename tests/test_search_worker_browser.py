"""The search worker itself in headless Chromium, fed documents no real seed set would give.

The worker (generator/theme/assets/javascripts/briefings-search.js) runs as a real Web
Worker and gets Material's messages: a set-up with the documents, then queries.
"""
from __future__ import annotations

import itertools
import string
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

THEME = Path(__file__).resolve().parents[1] / "generator" / "theme"
HTML = "<!doctype html><meta charset='utf-8'><title>worker</title><link rel='icon' href='data:,'>"

ASK = """async ({docs, queries}) => {
  const worker = new Worker('/assets/javascripts/briefings-search.js')
  const next = () => new Promise(resolve => worker.addEventListener('message', e => resolve(e.data), {once: true}))
  worker.postMessage({type: 0, data: {config: {lang: ['en'], pipeline: []}, docs, options: {suggest: false}}})
  await next()
  const answers = []
  for (const query of queries) {
    worker.postMessage({type: 2, data: query})
    answers.push((await next()).data)
  }
  worker.terminate()
  return answers
}"""


@pytest.fixture
def ask(tmp_path, serve_dir, page):
    (tmp_path / "index.html").write_text(HTML, "utf-8")
    worker = tmp_path / "assets" / "javascripts"
    worker.mkdir(parents=True)
    (worker / "briefings-search.js").write_bytes((THEME / "assets/javascripts/briefings-search.js").read_bytes())
    page.goto(serve_dir(tmp_path) + "/")

    def run(docs: list[dict], *queries: str) -> list[dict]:
        return page.evaluate(ASK, {"docs": docs, "queries": list(queries)})

    return run


def _words(n: int) -> list[str]:
    """n distinct words, none the start of another (all four letters)."""
    return ["w" + "".join(t) for t in itertools.islice(itertools.product(string.ascii_lowercase, repeat=3), n)]


@pytest.mark.parametrize("count", [29, 30, 31, 40, 64])
def test_every_word_of_a_long_query_must_be_in_the_page(ask, count):
    words = _words(count + 1)
    docs = [{"location": "a/", "title": "A", "text": " ".join(words[:count])},
            {"location": "b/", "title": "B", "text": " ".join(words[:count + 1])}]
    held, missing_last = ask(docs, " ".join(words[:count]), " ".join(words[:count + 1]))
    assert [group[0]["location"] for group in held["items"]] == ["a/", "b/"]
    # Page a lacks only the last word: it must not be listed.
    assert [group[0]["location"] for group in missing_last["items"]] == ["b/"]


def test_a_huge_document_gives_a_small_result(ask):
    """A 2 MiB seed of one word: the result shows a bounded text with a bounded number of marks."""
    text = "<p>" + "council " * (2 * 1024 * 1024 // 8) + "</p>"
    title = "council " * 5000
    (result,) = ask([{"location": "huge/", "title": title, "text": text}], "council")
    (item,) = result["items"][0]
    assert item["location"] == "huge/"
    assert len(item["text"]) < 5000 and item["text"].endswith("…")
    assert 50 < item["text"].count("<mark>") < 500
    assert len(item["title"]) < 5000


@pytest.mark.parametrize("html", ["<p>" + "a&amp;b " * 400 + "</p>", "<p>" + "x<code>y</code> " * 400 + "</p>"])
def test_a_cut_text_never_ends_inside_a_tag_or_a_character_reference(ask, html):
    (result,) = ask([{"location": "p/", "title": "P", "text": html}], "p")
    (item,) = result["items"][0]
    shown = item["text"].removesuffix("…")
    assert shown.count("<") == shown.count(">")
    assert shown.rsplit("&", 1)[-1].find(";") >= 0 or "&" not in shown
