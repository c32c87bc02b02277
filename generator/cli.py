"""The ``briefing`` command line (also ``python -m generator``)."""
from __future__ import annotations

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
def analyze(paths: tuple[Path, ...], summary_sentences: int, jobs: int) -> None:
    """Print one briefing per article as JSON Lines, in input order.

    A PATH is a seed (.txt or .md), a folder of seeds, or a .jsonl file of records with
    "id" and "text" (offsets then index "text").
    """
    from .pipeline import analyze_articles
    from .reader import iter_articles
    from .serialize import briefing_to_dict

    failed = 0
    articles = []
    for path in paths:
        for item in iter_articles(path):
            if isinstance(item, BriefingError):
                click.echo(f"error: {item}", err=True)
                failed += 1
            else:
                articles.append(item)
    for briefing in analyze_articles(articles, jobs=jobs or None, summary_sentences=summary_sentences):
        sys.stdout.write(json.dumps(briefing_to_dict(briefing), ensure_ascii=False) + "\n")
    sys.exit(1 if failed else 0)


@main.command(name="eval")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the evaluation data sets [default: $BRIEFING_EVAL_DIR or ../shared/eval].")
@click.option("--only", multiple=True, help="Run only these data sets (folder names).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def eval_command(data_dir: Path | None, only: tuple[str, ...], as_json: bool) -> None:
    """Score the analysis on the annotated dev data with the shared scorer."""
    from .evaluate import default_data_dir, format_table, run_eval

    try:
        results = run_eval(data_dir or default_data_dir(), only=only)
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(results, sort_keys=True, indent=1) if as_json else format_table(results))
