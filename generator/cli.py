"""The ``briefing`` command line (also ``python -m generator``)."""
from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import BriefingError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn news articles into structured briefing pages."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=True, path_type=Path))
@click.option("--summary-sentences", default=3, show_default=True, type=click.IntRange(3, 5),
              help="Sentences in each summary.")
@click.option("--jobs", "-j", type=click.IntRange(0), default=0,
              help="Processes for the analysis [default: 0, every core; 1 for none]. "
                   "Fewer than 50 articles are analysed in this process.")
@click.option("--explain", is_flag=True,
              help="List on stderr, per article, every candidate open question with its score and why it was kept or dropped.")
def analyze(paths: tuple[Path, ...], summary_sentences: int, jobs: int, explain: bool) -> None:
    """Print one briefing per article as JSON Lines, in input order.

    A PATH is a seed (.txt or .md), a folder of seeds, or a .jsonl file of records with
    "id" and "text" (offsets then index "text").
    """
    # Importing the extractors and keeping every briefing until printed make the collector run
    # often and find nothing to free (most garbage goes by reference counting): fewer, larger
    # young collections cost a third as much.
    gc.set_threshold(10_000, 10, 10)
    from .pipeline import analyze_articles
    from .progress import Stopwatch, plural, progress_bar
    from .reader import iter_articles
    from .serialize import briefing_to_dict

    clock = Stopwatch()
    # The modules' objects live to the end: keep the collector from scanning them again and again.
    gc.freeze()
    # json.dumps(record, ensure_ascii=False); a record built by briefing_to_dict holds no cycle to look for
    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    failed = printed = 0
    articles = []
    for path in paths:
        for item in iter_articles(path):
            if isinstance(item, BriefingError):
                click.echo(f"error: {item}", err=True)
                failed += 1
            else:
                for note in item.warnings:
                    click.echo(f"warning: {item.path}: {note}", err=True)
                articles.append(item)
    with progress_bar(len(articles)) as advance:
        results = analyze_articles(articles, jobs=jobs or None, summary_sentences=summary_sentences, progress=advance)
    for item in results:
        if isinstance(item, BriefingError):  # a bug hit while analysing this one article
            click.echo(f"error: {item}", err=True)
            failed += 1
            continue
        sys.stdout.write(encode(briefing_to_dict(item)) + "\n")
        if explain:
            _explain_questions(item)
        printed += 1
    click.echo(f"{plural(printed, 'article')} analysed in {clock.seconds:.1f} s, {failed} skipped", err=True)
    sys.exit(1 if failed else 0)


def _explain_questions(briefing) -> None:
    from .analysis import parse
    from .analysis.actors import extract_actors
    from .analysis.questions import explain
    from .analysis.quotes import extract_quotes

    doc = parse(briefing.article.body)
    actors = extract_actors(doc, briefing.article.published)
    lines = explain(doc, actors, extract_quotes(doc, actors)) or ["  (no candidate)"]
    click.echo(f"questions for {briefing.id}:\n" + "\n".join(lines), err=True)


@main.command()
@click.option("--seeds", "seeds", default="seeds", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of seeds.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the generated Markdown pages into.")
@click.option("--language", default="en", show_default=True,
              help="Language of the pages' words (as theme.language): en, de; others give English.")
def pages(seeds: Path, out: Path, language: str) -> None:
    """Write the site's generated pages and files into a folder (what the MkDocs plugin serves).

    Files are replaced atomically and only when they change; pages of removed seeds are
    deleted. Seeds that cannot be read are reported on stderr (exit code 1); the other
    pages are still written.
    """
    from .progress import Stopwatch, plural, progress_bar
    from .reader import seed_paths
    from .site import build_pages
    from .writer import write_pages

    if out.resolve().is_relative_to(seeds.resolve()):
        raise click.UsageError("--out must not be inside the seeds folder (its pages would become seeds)")
    clock = Stopwatch()
    with progress_bar(sum(1 for _ in seed_paths(seeds))) as advance:
        content = build_pages(seeds, language=language, progress=advance)
    for b in content.briefings:
        for note in b.article.warnings:
            click.echo(f"warning: {b.article.path}: {note}", err=True)
    for error in content.errors:
        click.echo(f"error: {error}", err=True)
    try:
        report = write_pages({**content.pages, **content.files}, out)
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{plural(len(content.briefings), 'briefing')}: {len(report.written)} written, "
               f"{len(report.unchanged)} unchanged, {len(report.removed)} removed, {len(content.errors)} seeds skipped "
               f"in {clock.seconds:.1f} s", err=True)
    sys.exit(1 if content.errors else 0)


@main.command(name="eval")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the evaluation data sets [default: $BRIEFING_EVAL_DIR or ../shared/eval].")
@click.option("--only", multiple=True, help="Run only these data sets (folder names).")
@click.option("--part", type=click.Choice(["all", "tuning", "checking"]), default="all", show_default=True,
              help="Score the tuning part of each dev set, its checking part (a third, by a hash of "
                   "the record id, never tuned on) or all of it.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_command(data_dir: Path | None, only: tuple[str, ...], part: str, as_json: bool) -> None:
    """Score the analysis on the annotated dev data with the shared scorer."""
    from .evaluate import default_data_dir, format_table, run_eval

    try:
        results = run_eval(data_dir or default_data_dir(), only=only, part=part)
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(results, sort_keys=True, indent=1) if as_json else format_table(results))
