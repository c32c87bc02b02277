"""How the site scales with the number of briefings (the "Scale" section of RESULTS.md).

For each size N it writes N seeds made from the real article texts of the eval data
(cycled, each with its own title and date) into a temporary project, then measures:

- analysis: reading and analysing every seed, no cache (``site.load_briefings``);
- cold build: ``mkdocs build`` with an empty analysis cache; warm build: the same, cache full;
- bare build: plain MkDocs (same theme, search, Markdown extensions, no briefings plugin)
  on the same pages already rendered to Markdown in ``docs/``: the floor for our builds;
- serve: in a running ``mkdocs serve``, the time from editing one seed to its page being
  served with the edit;
- peak memory (maxrss of each child), site size, search index bytes per briefing;
- first search result: in headless Chromium, from the home page's load to the first
  result after typing a word into the search box.

Every command runs as a child process with this repository first on ``sys.path``. Nothing
is written into the repository; the eval texts are read, never copied into it.

    python benchmarks/scale.py --sizes 1000,2000 [--eval-dir ../shared/eval] [--jobs 2] [--json out.json]
    python benchmarks/scale.py --sizes 1000 --profile     # where the time of a cold build goes

The first search result at 5,000 and 10,000 briefings without building them: build 1,000
once and keep it, then time the search with its index copied (locations renamed), for
Material's lunr worker and ours:

    python benchmarks/scale.py --sizes 1000 --build-only /tmp/scale     # -> /tmp/scale/site-1000/site
    python benchmarks/scale.py --search-site /tmp/scale/site-1000/site --index-copies 1,5,10 --search-runs 3
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SEARCH_WORD = "government"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}


# --- seeds ------------------------------------------------------------------------


def eval_texts(eval_dir: Path) -> list[tuple[str, str]]:
    texts = []
    for path in sorted(eval_dir.glob("*/dev.jsonl")):
        with path.open(encoding="utf-8") as f:
            texts += [(path.parent.name, json.loads(line)["text"]) for line in f if line.strip()]
    if not texts:
        raise SystemExit(f"no */dev.jsonl under {eval_dir}: pass --eval-dir or set BRIEFING_EVAL_DIR")
    return texts


def _headline(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) > 90 or first.endswith((".", '"', "”")):
        first = " ".join(first.split()[:9]).rstrip(".,;:")
    return first.replace('"', "'")


def write_seeds(folder: Path, texts: list[tuple[str, str]], n: int) -> None:
    folder.mkdir(parents=True)
    start = dt.date(1999, 1, 1)
    for i in range(n):
        source, text = texts[i % len(texts)]
        title = f"{_headline(text)} ({i + 1})"
        front = (f'---\ntitle: "{title}"\nsource: {source}\npublished: {start + dt.timedelta(days=i)}\n'
                 f"tags: [benchmark]\n---\n")
        (folder / f"s{i + 1:05d}.md").write_text(front + text + "\n", "utf-8")


def make_project(base: Path, texts, n: int) -> Path:
    project = base / f"site-{n}"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    write_seeds(project / "seeds", texts, n)
    return project


def bare_project(project: Path) -> Path:
    """The same site as plain MkDocs: generated pages written into docs/, plugin removed."""
    bare = project.parent / (project.name + "-bare")
    bare.mkdir()
    shutil.copytree(project / "docs", bare / "docs")
    config = (project / "mkdocs.yml").read_text("utf-8")
    config, count = re.subn(r"\n  - briefings:\n(      .*\n)*", "\n", config)
    assert count == 1, "could not remove the briefings plugin from mkdocs.yml"
    (bare / "mkdocs.yml").write_text(config, "utf-8")
    script = ("import sys; from pathlib import Path; from generator.site import build_pages\n"
              "from generator.cache import BriefingCache\n"
              "content = build_pages(Path(sys.argv[1]), cache=BriefingCache(Path(sys.argv[2])))\n"
              "for uri, md in content.pages.items():\n"
              "    p = Path(sys.argv[3]) / uri; p.parent.mkdir(parents=True, exist_ok=True); p.write_text(md, 'utf-8')\n")
    subprocess.run([PYTHON, "-c", script, str(project / "seeds"), str(project / ".cache" / "briefings"),
                    str(bare / "docs")], env=ENV, check=True, cwd=bare)
    return bare


# --- measuring --------------------------------------------------------------------


def run_child(cmd: list[str], cwd: Path) -> dict:
    """Wall time and peak memory (MB, maxrss) of one child, reaped with ``os.wait4`` for its own rusage."""
    t = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        if child.returncode:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{err.read().decode(errors='replace')[-3000:]}")
        return {"seconds": round(elapsed, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
                "peak_mb": round(usage.ru_maxrss / 1024), "stdout": out.read().decode(errors="replace")}


def analysis(project: Path, jobs: int | None) -> dict:
    script = ("import sys, time; from pathlib import Path; from generator.site import load_briefings\n"
              "t = time.perf_counter(); b, e = load_briefings(Path(sys.argv[1]), jobs=int(sys.argv[2]) or None)\n"
              "print(len(b), time.perf_counter() - t)")
    result = run_child([PYTHON, "-c", script, str(project / "seeds"), str(jobs or 0)], project)
    count, inner = result["stdout"].split()
    result["inner_seconds"] = round(float(inner), 2)  # without interpreter start-up and imports
    return result


def mkdocs_build(project: Path) -> dict:
    return run_child([PYTHON, "-m", "mkdocs", "build", "--quiet", "--clean"], project)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def serve_rebuild(project: Path, timeout: float = 600) -> dict:
    """In a running ``mkdocs serve``: seconds from editing one seed to its page showing the edit."""
    port = free_port()
    seed = project / "seeds" / "s00001.md"
    url = f"http://127.0.0.1:{port}/briefings/s00001/"
    server = subprocess.Popen([PYTHON, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        t = time.perf_counter()
        while _get(url) is None:
            if server.poll() is not None or time.perf_counter() - t > timeout:
                raise SystemExit("mkdocs serve did not come up")
            time.sleep(0.2)
        first = time.perf_counter() - t
        time.sleep(2)  # let the watcher settle
        marker = f"Edited{int(time.time())}"
        text = seed.read_text("utf-8")
        t = time.perf_counter()
        seed.write_text(text.replace('title: "', f'title: "{marker} ', 1), "utf-8")
        while marker not in (_get(url) or ""):
            if time.perf_counter() - t > timeout:
                raise SystemExit("the edited page never came back")
            time.sleep(0.05)
        rebuild = time.perf_counter() - t
        seed.write_text(text, "utf-8")
        return {"first_build_seconds": round(first, 2), "edit_to_page_seconds": round(rebuild, 2)}
    finally:
        server.terminate()
        server.wait(timeout=30)


def first_search_result(site: Path) -> dict | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    port = free_port()
    server = subprocess.Popen([PYTHON, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(site), str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while _get(f"http://127.0.0.1:{port}/") is None:
            time.sleep(0.1)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{port}/", wait_until="load")
                t = time.perf_counter()
                page.click("input.md-search__input")  # in the header at desktop width
                page.keyboard.type(SEARCH_WORD)
                page.wait_for_selector("li.md-search-result__item", timeout=120_000)
                found = time.perf_counter() - t
                count = page.locator("li.md-search-result__item").count()
            finally:
                browser.close()
        return {"seconds": round(found, 2), "results_shown": count}
    finally:
        server.terminate()
        server.wait(timeout=30)


# --- search at scale without building thousands of pages ----------------------------

WORKERS = {  # the search worker a variant's home page names, relative to the site root
    "material": "assets/javascripts/workers/search.*.min.js",   # Material's lunr worker
    "briefings": "assets/javascripts/briefings-search.js",      # ours (generator/theme)
    "floor": "floor-worker.js",  # answers at once with one result: the cost of everything but the search
}
FLOOR_WORKER = """addEventListener("message", ({ data: m }) => postMessage(m.type === 0 ? { type: 1 } : { type: 3, data: {
  items: m.data ? [[{ location: "index.html", title: "floor", text: "", score: 1, terms: {} }]] : [] } }))
"""
CONFIG_SEARCH = re.compile(r'("search":\s*")([^"]*)(")')


def search_variant(site: Path, dest: Path, *, copies: int, worker: str) -> Path:
    """A site to time the first search result with ``copies`` times the search index of
    ``site`` (each copy's locations renamed, so none collapse) and the given worker: the
    home page is rewritten to name it, everything else is a link into ``site``."""
    dest.mkdir(parents=True)
    for entry in site.iterdir():
        if entry.name not in ("index.html", "search"):
            (dest / entry.name).symlink_to(entry.resolve())
    if worker == "floor":
        (dest / WORKERS[worker]).write_text(FLOOR_WORKER, "utf-8")
    found = sorted(dest.glob(WORKERS[worker]))
    if not found:
        raise SystemExit(f"{site} has no {WORKERS[worker]}")
    home = (site / "index.html").read_text("utf-8")
    home, count = CONFIG_SEARCH.subn(lambda m: m.group(1) + found[0].relative_to(dest).as_posix() + m.group(3), home)
    assert count == 1, "the home page names no search worker"
    (dest / "index.html").write_text(home, "utf-8")
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    docs = list(index["docs"])
    for k in range(2, copies + 1):
        for doc in index["docs"]:
            path, hash_, anchor = doc["location"].partition("#")
            docs.append({**doc, "location": f"{path.rstrip('/')}-{k}/{hash_}{anchor}"})
    (dest / "search").mkdir()
    (dest / "search" / "search_index.json").write_text(json.dumps({**index, "docs": docs}), "utf-8")
    return dest


def search_scale(site: Path, copies: list[int], workers: list[str], runs: int) -> list[dict]:
    """Median first search result over ``runs`` for each index size and worker (alternating)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefings-search-") as tmp:
        for k in copies:
            times: dict[str, list[float]] = {w: [] for w in workers}
            variants = {w: search_variant(site, Path(tmp) / f"x{k}-{w}", copies=k, worker=w) for w in workers}
            index_mb = (variants[workers[0]] / "search" / "search_index.json").stat().st_size / 1e6
            for _ in range(runs):
                for w in workers:
                    result = first_search_result(variants[w])
                    if result is None:
                        raise SystemExit("Playwright is not installed")
                    times[w].append(result["seconds"])
            for w in workers:
                rows.append({"copies": k, "worker": w, "index_mb": round(index_mb, 1),
                             "median_seconds": round(statistics.median(times[w]), 2), "seconds": times[w],
                             "load": round(os.getloadavg()[0], 1)})
                print(json.dumps(rows[-1]), flush=True)
    return rows


def measure(base: Path, texts, n: int, *, jobs: int | None, browser: bool, serve: bool, repeat: int) -> dict:
    project = make_project(base, texts, n)
    row: dict = {"n": n, "load_before": os.getloadavg()[0]}
    row["analysis"] = analysis(project, jobs)
    if jobs:
        (project / "mkdocs.yml").write_text((project / "mkdocs.yml").read_text("utf-8")
                                            .replace("      seeds: seeds\n", f"      seeds: seeds\n      jobs: {jobs}\n"), "utf-8")
    bare = bare_project(project)
    # The machine is shared: builds alternate, and the best of ``repeat`` runs counts.
    runs: dict[str, list[dict]] = {"cold_build": [], "warm_build": [], "bare_build": []}
    for _ in range(repeat):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        runs["cold_build"].append(mkdocs_build(project))
        runs["warm_build"].append(mkdocs_build(project))
        runs["bare_build"].append(mkdocs_build(bare))
    for part, results in runs.items():
        row[part] = {"seconds": min(r["seconds"] for r in results), "cpu_seconds": min(r["cpu_seconds"] for r in results),
                     "peak_mb": max(r["peak_mb"] for r in results), "all_seconds": [r["seconds"] for r in results]}
    site = project / "site"
    row["site_mb"] = round(folder_bytes(site) / 1e6, 1)
    row["bare_build"]["site_mb"] = round(folder_bytes(bare / "site") / 1e6, 1)
    index = site / "search" / "search_index.json"
    row["search_index_kb_per_briefing"] = round(index.stat().st_size / n / 1024, 2)
    row["search_docs_per_briefing"] = round(len(json.loads(index.read_text("utf-8"))["docs"]) / n, 1)
    if serve:
        row["serve"] = serve_rebuild(project)
    if browser:
        row["first_search_result"] = first_search_result(site)
    row["load_after"] = os.getloadavg()[0]
    row["analysis"].pop("stdout", None)
    bare_s, bare_cpu = row["bare_build"]["seconds"], row["bare_build"]["cpu_seconds"]
    row["ratios"] = {"cold/bare": round(row["cold_build"]["seconds"] / bare_s, 2),
                     "warm/bare": round(row["warm_build"]["seconds"] / bare_s, 2),
                     "cold/bare cpu": round(row["cold_build"]["cpu_seconds"] / bare_cpu, 2),
                     "warm/bare cpu": round(row["warm_build"]["cpu_seconds"] / bare_cpu, 2)}
    if serve:
        row["ratios"]["serve edit/bare"] = round(row["serve"]["edit_to_page_seconds"] / bare_s, 2)
    shutil.rmtree(bare)
    shutil.rmtree(project)
    return row


def profile(base: Path, texts, n: int) -> str:
    """cProfile of one cold, serial build in-process: time per stage (cumulative seconds).

    The clock is cProfile's default (wall time, read without a system call): a CPU-time clock
    (``time.process_time``) is a system call on Linux and made the profiled build 5x slower,
    inflating the stages with the most function calls. Run it on a quiet machine."""
    project = make_project(base, texts, n)
    (project / "mkdocs.yml").write_text((project / "mkdocs.yml").read_text("utf-8")
                                        .replace("      seeds: seeds\n", "      seeds: seeds\n      jobs: 1\n"), "utf-8")
    script = r"""
import cProfile, pstats, sys, time
from mkdocs.config import load_config
from mkdocs.commands.build import build
config = load_config("mkdocs.yml")
config.plugins.on_startup(command="build", dirty=False)
prof = cProfile.Profile()
prof.enable(); build(config); prof.disable()
stats = pstats.Stats(prof)
total = sum(v[3] for k, v in stats.stats.items() if k[2] == "build" and k[0].endswith("mkdocs/commands/build.py"))
stages = [
    ("briefings: read seeds", "generator/reader.py", "read_seed"),
    ("briefings: analysis", "generator/pipeline.py", "analyze_all"),
    ("briefings: render Markdown", "generator/render/briefing.py", "render_briefing"),
    ("briefings: actor pages and index", "generator/render/actor_pages.py", None),
    ("briefings: home and timeline", "generator/render/timeline.py", None),
    ("MkDocs: Markdown -> HTML (all pages)", "mkdocs/structure/pages.py", "render"),
    ("MkDocs: page templates (Material, Jinja)", "mkdocs/commands/build.py", "_build_template"),
    ("MkDocs: write pages", "mkdocs/utils/__init__.py", "write_file"),
    ("search: collect page text", "material/plugins/search/plugin.py", "on_page_context"),
    ("  of which: heading look-up (quadratic)", "material/plugins/search/plugin.py", "_find_toc_by_id"),
    ("search: write index", "material/plugins/search/plugin.py", "on_post_build"),
    ("MkDocs: copy static files", "mkdocs/structure/files.py", "copy_file"),
]
print(f"build total {total:8.2f} s")
for label, file, func in stages:
    cum = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(file) and (func is None and k[2].startswith("render_") or k[2] == func))
    print(f"{label:45s} {cum:8.2f} s  {100 * cum / total:5.1f}%")
"""
    result = run_child([PYTHON, "-c", script], project)
    shutil.rmtree(project)
    return result["stdout"]


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    import mkdocs
    from importlib.metadata import version
    return (f"{platform.node()} · {cpu} · {len(os.sched_getaffinity(0))} cores · Python {platform.python_version()} · "
            f"MkDocs {mkdocs.__version__} · Material {version('mkdocs-material')}")


def main() -> None:
    default_eval = os.environ.get("BRIEFING_EVAL_DIR", str(ROOT.parent / "shared" / "eval"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,2000,5000,10000", help="comma-separated numbers of briefings")
    ap.add_argument("--eval-dir", type=Path, default=Path(default_eval), help="folder with */dev.jsonl [%(default)s]")
    ap.add_argument("--jobs", type=int, default=0, help="analysis processes (0: every core)")
    ap.add_argument("--repeat", type=int, default=3, help="builds of each kind; the fastest counts [%(default)s]")
    ap.add_argument("--no-browser", action="store_true", help="skip the Chromium search measurement")
    ap.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve edit measurement")
    ap.add_argument("--profile", action="store_true", help="profile one cold serial build per size instead")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--build-only", type=Path, metavar="DIR",
                    help="build each size once into DIR/site-N and keep it (for --search-site)")
    ap.add_argument("--search-site", type=Path, metavar="SITE",
                    help="only time the first search result on this built site (no build), see --index-copies")
    ap.add_argument("--index-copies", default="1", help="with --search-site: comma-separated multiples of its "
                    "search index to time (5 = the index copied 5 times) [%(default)s]")
    ap.add_argument("--workers", default="material,briefings,floor", help="with --search-site: search workers "
                    f"to compare, of {','.join(WORKERS)} [%(default)s]")
    ap.add_argument("--search-runs", type=int, default=3, help="with --search-site: runs of each; the median "
                    "counts [%(default)s]")
    args = ap.parse_args()
    if args.search_site:
        print(f"# {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC · {machine()}", flush=True)
        rows = search_scale(args.search_site, [int(k) for k in args.index_copies.split(",")],
                            [w.strip() for w in args.workers.split(",")], args.search_runs)
        if args.json:
            args.json.write_text(json.dumps({"machine": machine(), "search": rows}, indent=1), "utf-8")
        return
    texts = eval_texts(args.eval_dir)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.build_only:
        for n in sizes:
            project = make_project(args.build_only, texts, n)
            print(f"{project / 'site'}: built in {mkdocs_build(project)['seconds']} s", flush=True)
        return
    print(f"# {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC · {machine()}", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefings-scale-") as tmp:
        for n in sizes:
            if args.profile:
                print(f"## {n} briefings, cold serial build, cProfile\n{profile(Path(tmp), texts, n)}", flush=True)
                continue
            row = measure(Path(tmp), texts, n, jobs=args.jobs or None, browser=not args.no_browser,
                          serve=not args.no_serve, repeat=args.repeat)
            rows.append(row)
            print(json.dumps(row), flush=True)
    if args.json and rows:
        args.json.write_text(json.dumps({"machine": machine(), "rows": rows}, indent=1), "utf-8")


if __name__ == "__main__":
    main()
