"""What one hostile seed costs a build, against a plain article of the same size (issue 13).

Each case is one seed in a fresh project (the repository's mkdocs.yml and docs/, an empty
cache) built with the real ``mkdocs build``; the fastest of ``--repeat`` runs counts. The
plain article is the repository's seed text repeated to the same size. Prints one line per
case: size, seconds, CPU seconds of the build, and the ratio to the plain article.

    python benchmarks/bad_seed_cost.py                      # the issue's cases
    python benchmarks/bad_seed_cost.py --cases amp --sizes 262144,2097152 --repeat 1
    python benchmarks/bad_seed_cost.py --search               # first result of a 2 MiB one-word seed

``--search`` builds a site of the repository's seed and a 2 MiB seed of one word, opens it in
headless Chromium (Debian's /usr/bin/chromium through Playwright) and types the word key by
key: it prints the time from the last key to the first result drawn, and the result's size.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PLAIN_SOURCE_PATH = ROOT / "seeds" / "000_0b7a11e69ca9f520.txt"
PLAIN_SOURCE = PLAIN_SOURCE_PATH.read_text("utf-8")


def plain(size: int) -> str:
    return _bytes((PLAIN_SOURCE * (size // len(PLAIN_SOURCE) + 1)), size)


def _bytes(text: str, size: int) -> str:
    """The text cut to at most ``size`` bytes of UTF-8 (the seed size limit counts bytes)."""
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def colon_quote(size: int) -> str:
    """A quote of colons in a plain article (the issue's case: 40,000 colons)."""
    quote = f'The mayor said on Monday: "{":" * max(size - 60, 1)}," Mayor Ann Lee said.\n'
    return quote + plain(max(size - len(quote), 0))


CASES = {
    "plain": plain,
    "colon-quote": colon_quote,
    "amp": lambda size: "Ampersands follow. " + "&" * (size - 19),   # a seed needs a word
    "colons": lambda size: "Colons follow. " + ":" * (size - 15),
    "one-word": lambda size: ("council " * (size // 8 + 1))[:size],
    "brackets": lambda size: ("[x]{y}<z>|_*#" * (size // 13 + 1))[:size],
}
DEFAULT = [("colon-quote", 40_060), ("amp", 81_920), ("colons", 81_920), ("one-word", 2 * 1024 * 1024)]


def build(text: str, workdir: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one cold ``mkdocs build`` of a project holding this seed alone."""
    project = workdir / "project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    (project / "seeds").mkdir()
    (project / "seeds" / "case.txt").write_text(text, "utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(BIN / "mkdocs"), "build", "-q"], cwd=project, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best(text: str, workdir: Path, repeat: int) -> tuple[float, float]:
    runs = [build(text, workdir) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def search_time(workdir: Path, runs: int) -> None:
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    project = workdir / "project"
    build(CASES["one-word"](2 * 1024 * 1024), workdir)
    shutil.copy(PLAIN_SOURCE_PATH, project / "seeds" / PLAIN_SOURCE_PATH.name)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    subprocess.run([str(BIN / "mkdocs"), "build", "-q"], cwd=project, env=env, check=True)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--headless"])
            for _ in range(runs):
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
                page.click("input.md-search__input")
                page.wait_for_timeout(1000)  # the worker has loaded the index
                page.keyboard.type("counci", delay=50)
                page.evaluate("""() => { window.__drawn = null; new MutationObserver(() => {
                    if (window.__drawn === null && document.querySelector('.md-search-result__item'))
                      window.__drawn = performance.now() }).observe(document.body, {childList: true, subtree: true}) }""")
                page.wait_for_timeout(1000)
                page.evaluate("document.querySelector('.md-search-result__list').replaceChildren()")
                page.evaluate("window.__drawn = null")
                start = page.evaluate("performance.now()")
                page.keyboard.press("l")
                page.wait_for_function("window.__drawn !== null", timeout=120_000)
                drawn = page.evaluate("window.__drawn") - start
                size = page.evaluate("document.querySelector('.md-search-result__list').innerHTML.length")
                marks = page.evaluate("document.querySelectorAll('.md-search-result__list mark').length")
                print(f"search 'council' (2 MiB one-word seed): first result {drawn:.0f} ms after the last key; "
                      f"result list {size:,} characters, {marks} marks", flush=True)
                page.close()
            browser.close()
    finally:
        server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", help="comma-separated: " + ", ".join(CASES))
    parser.add_argument("--sizes", help="comma-separated sizes in characters (with --cases)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--search", action="store_true", help="time the first search result instead")
    args = parser.parse_args()
    if args.search:
        with tempfile.TemporaryDirectory(prefix="bad-seed-search-") as tmp:
            search_time(Path(tmp), args.repeat)
        return
    if args.cases:
        sizes = [int(s) for s in (args.sizes or "81920").split(",")]
        cases = [(c, s) for c in args.cases.split(",") for s in sizes]
    else:
        cases = DEFAULT
    plain_times: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bad-seed-cost-") as tmp:
        for name, size in cases:
            if size not in plain_times:
                plain_times[size] = best(plain(size), Path(tmp), args.repeat)
            wall, cpu = best(CASES[name](size), Path(tmp), args.repeat)
            base_wall, base_cpu = plain_times[size]
            print(f"{name:12} {size:>9} bytes  {wall:7.2f} s ({cpu:7.2f} s CPU)  plain {base_wall:7.2f} s "
                  f"({base_cpu:7.2f} s CPU)  ratio {wall / base_wall:5.2f} (CPU {cpu / base_cpu:5.2f})", flush=True)


if __name__ == "__main__":
    main()
