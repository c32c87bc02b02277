"""Strict means strict: a page taken from the page cache gets the link warnings a fresh
conversion gives, so a warm ``mkdocs build --strict`` fails where a clean one fails."""
from __future__ import annotations

import re

from reader_fixtures import SEEDS
from sitebuild import make_project, mkdocs_build

# A hook (a user's own, or another plugin) that adds a link to a missing page and one to a
# missing anchor to every briefing: the Markdown is the same in both builds, so the second
# takes the pages from the cache.
HOOK = '''
def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by is not None and page.file.src_uri.startswith("briefings/"):
        markdown += "\\n\\n[An old page](../gone.md) and [an old anchor](#no-such-heading)\\n"
    return markdown
'''


def warnings_of(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if line.startswith("WARNING"))


def cache_hits(stderr: str) -> int:
    return int(re.search(r"briefings: (\d+) generated pages from the page cache", stderr)[1])


def test_a_clean_and_a_warm_strict_build_report_the_same_warnings(tmp_path):
    project = make_project(tmp_path, SEEDS)
    (project / "hooks.py").write_text(HOOK, "utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "\nhooks:\n  - hooks.py\n", "utf-8")

    clean = mkdocs_build(project, check=False)
    warm = mkdocs_build(project, check=False)

    assert clean.returncode == warm.returncode == 1  # --strict: the warnings abort both builds
    expected = warnings_of(clean.stderr)
    assert len([w for w in expected if "'../gone.md'" in w]) == len(SEEDS) + 1  # one per briefing
    assert any("#no-such-heading" in w for w in expected)
    assert cache_hits(clean.stderr) == 0 and cache_hits(warm.stderr) > len(SEEDS)
    assert warnings_of(warm.stderr) == expected

    # a page the links point at appears: the cached pages resolve their links again and agree
    (project / "docs" / "gone.md").write_text("# Gone\n", "utf-8")
    fixed = mkdocs_build(project, check=False)
    assert not any("gone.md" in w for w in warnings_of(fixed.stderr))
    page = (project / "site" / "briefings" / "bridge" / "index.html").read_text("utf-8")
    assert 'href="../../gone/"' in page  # converted again: the cached HTML had the link as written
