"""No seed text becomes markup in a tooltip: hover and focus everything that can show one.

Material copies the decoded text of an overflowing ``.md-ellipsis`` entry (the sidebars,
the header) into ``title``; its ``content.tooltips`` feature then built the tooltip from
``title`` with ``innerHTML``, so an escaped ``<img onerror>`` in a long title or tag ran.
This test opens every page of a site built from the hostile seeds at two widths, hovers
and focuses every element with a ``title`` or an ellipsis, and watches the whole time for
dialogs and for any element inside a tooltip.

``HOSTILE_SEEDS=DIR`` adds the ``.md``/``.txt`` seeds of another folder (a fresh hostile
set kept outside the repository).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sitebuild import make_project, mkdocs_build

pytestmark = pytest.mark.browser

CORPUS = Path(__file__).parent / "bad_seeds"
WIDTHS = (1280, 1920)
LONG_TITLE = ("<img/src='x'/onerror=alert('XSS-tooltip')>"
              "Council_approves_the_bridge_budget_after_a_very_long_night_of_talks")

# Records, from the first script on, every element that lands inside a tooltip and every
# tooltip shown; a seed's handler would also set window.__pwned through alert().
WATCH = """
window.__intrusions = []; window.__tooltips = 0;
const SELECTOR = '.md-tooltip2__inner, .md-tooltip__inner, [role=tooltip]';
new MutationObserver(records => {
  for (const record of records) for (const node of record.addedNodes) {
    if (node.nodeType !== 1) continue;
    if (node.matches('.md-tooltip2, .md-tooltip, [role=tooltip]')) window.__tooltips += 1;
    const inner = [...node.querySelectorAll('.md-tooltip2__inner *, .md-tooltip__inner *')];
    if (node.parentElement && node.parentElement.closest('.md-tooltip2__inner, .md-tooltip__inner')) inner.push(node);
    for (const el of inner) window.__intrusions.push(el.outerHTML.slice(0, 200));
  }
}).observe(document, {childList: true, subtree: true});
for (const name of ['alert', 'confirm', 'prompt']) {
  const original = window[name];
  window[name] = function (...args) { window.__pwned = String(args[0]); return original.apply(this, args); };
}
"""

# Every element that has or may get a title: given ones and Material's ellipsis entries.
TARGETS = "[...document.querySelectorAll('[title], .md-ellipsis')].filter(e => e.getClientRects().length)"


def _hostile_seeds() -> list[Path]:
    seeds = sorted(CORPUS.glob("hostile-*.md"))
    extra = os.environ.get("HOSTILE_SEEDS")
    if extra:
        seeds += sorted(p for p in Path(extra).rglob("*") if p.suffix.lower() in (".md", ".txt"))
    return seeds


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("tooltips"))
    for path in _hostile_seeds():
        shutil.copy(path, project / "seeds" / path.name)
    mkdocs_build(project, strict=False)
    return project / "site"


def _pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("index.html")):
        url = "/" + path.parent.relative_to(site).as_posix() + "/"
        pages.append(url.replace("/./", "/").replace("//", "/"))
    return pages


def _hover_and_focus_all(page) -> int:
    """Hover, then focus, each target in turn; returns how many there were."""
    count = page.evaluate(f"{TARGETS}.length")
    for i in range(count):
        box = page.evaluate(f"""i => {{
            const el = {TARGETS}[i];
            if (!el) return null;
            el.scrollIntoView({{block: 'center', inline: 'center'}});
            const r = el.getBoundingClientRect();
            return {{x: r.x + Math.min(r.width / 2, 40), y: r.y + r.height / 2}};
        }}""", i)
        if box is None:
            continue
        page.wait_for_timeout(30)  # the sidebars' visibility observers see the scroll
        page.mouse.move(box["x"], box["y"])
        page.wait_for_timeout(30)
        page.evaluate(f"""i => {{
            const el = {TARGETS}[i];
            if (el) (el.closest('a, button, input, label, [tabindex]') || el).focus();
        }}""", i)
        page.wait_for_timeout(30)
    page.mouse.move(1, 1)
    return count


@pytest.mark.parametrize("width", WIDTHS)
def test_hovering_and_focusing_never_turns_seed_text_into_markup(hostile_site, serve_dir, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.add_init_script(WATCH)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    base = serve_dir(hostile_site)
    intrusions: dict[str, list[str]] = {}
    pwned: dict[str, str] = {}
    targets = 0
    long_title_shown = False
    try:
        for url in _pages(hostile_site):
            response = page.goto(base + url)
            assert response is not None and response.ok, url
            page.wait_for_load_state("load")
            page.wait_for_timeout(200)
            targets += _hover_and_focus_all(page)
            page.wait_for_timeout(300)  # an image's error handler runs after its failed load
            if found := page.evaluate("window.__intrusions"):
                intrusions[url] = found
            if (value := page.evaluate("window.__pwned")) is not None:
                pwned[url] = value
            titles = page.evaluate("[...document.querySelectorAll('[title]')].map(e => e.title)")
            long_title_shown |= LONG_TITLE in titles
    finally:
        context.close()
    assert targets > 100, "too few elements were hovered: the pages did not load as expected"
    # An overflowing entry still tells its full text, as plain text, in a native title.
    assert long_title_shown
    assert intrusions == {}
    assert pwned == {}
    assert dialogs == []
