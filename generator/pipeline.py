"""Analysing many articles: cache look-ups, then the misses in parallel.

``analyze_all`` takes any ``concurrent.futures.Executor``; without one it starts a process
pool of ``jobs`` workers (all cores by default) when there is enough work to pay for the
workers' start-up, and stays serial otherwise. Work is sent in batches of articles, and
only the analysis comes back (the parent attaches its own ``Article``), which keeps the
traffic small enough for a remote executor such as Dask's ``Client.get_executor()``.
"""
from __future__ import annotations

import dataclasses
import logging
import math
import os
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Callable, Sequence

from .analysis import analyze
from .errors import SeedError, analysis_failed
from .model import Article, Briefing

if TYPE_CHECKING:
    from .cache import BriefingCache

log = logging.getLogger(__name__)
Progress = Callable[[int], None]  # called with the number of articles just done

# Below this many articles to analyse, one process is faster than starting workers
# (about 0.2 s per worker against ~3 ms per article).
SERIAL_BELOW = 50
_BATCHES_PER_WORKER = 4
_MAX_BATCH = 200


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _portable(article: Article) -> Article:
    # MappingProxyType (Article.extra) does not pickle; a plain dict is the same Mapping.
    return dataclasses.replace(article, extra=dict(article.extra))


def _analysis(article: Article, summary_sentences: int) -> dict[str, object] | str:
    """The analysis without its article, or, when an extractor has a bug, the error's text
    (a string pickles anywhere; the parent makes it the seed's ``SeedError``)."""
    from .cache import strip  # (here: a run in one process never needs the cache module, pickle and hashlib)

    result = _analyzed(article, summary_sentences)
    return result.reason if isinstance(result, SeedError) else strip(result)


def _analyzed(article: Article, summary_sentences: int) -> Briefing | SeedError:
    try:
        return analyze(article, summary_sentences=summary_sentences)
    except Exception as exc:  # noqa: BLE001 -- last line of defence: one article's bug costs its page, not the site
        return analysis_failed(article.path or article.id, exc)


def analyze_batch(articles: Sequence[Article], summary_sentences: int = 3) -> list[dict[str, object] | str]:
    """Runs in a worker: the analyses of a batch, without their articles."""
    return [_analysis(a, summary_sentences) for a in articles]


def _result(analysis: dict[str, object] | str, article: Article) -> Briefing | SeedError:
    from .cache import attach

    if isinstance(analysis, str):
        return SeedError(article.path or article.id, analysis)
    return attach(analysis, article)


def _batches(items: Sequence[Article], workers: int) -> list[list[Article]]:
    size = max(1, min(_MAX_BATCH, math.ceil(len(items) / (workers * _BATCHES_PER_WORKER))))
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def _done(progress: Progress | None, count: int) -> None:
    if progress is not None and count:
        progress(count)


def _on_executor(executor: Executor, articles: Sequence[Article], workers: int,
                 summary_sentences: int, progress: Progress | None = None) -> list[Briefing | SeedError]:
    batches = _batches([_portable(a) for a in articles], workers)
    futures = [executor.submit(analyze_batch, batch, summary_sentences) for batch in batches]
    analyses = []
    for future in futures:
        batch = future.result()
        analyses += batch
        _done(progress, len(batch))
    return [_result(analysis, article) for analysis, article in zip(analyses, articles)]


def _serial(articles: Sequence[Article], summary_sentences: int,
            progress: Progress | None = None) -> list[Briefing | SeedError]:
    """In this process the briefing stays whole: nothing is sent, so nothing is stripped and attached again."""
    out: list[Briefing | SeedError] = []
    for a in articles:
        out.append(_analyzed(a, summary_sentences))
        _done(progress, 1)
    return out


def ProcessPoolExecutor(*args, **kwargs) -> Executor:  # noqa: N802 -- stands for the class; tests replace it
    """``concurrent.futures.ProcessPoolExecutor``, imported when a pool starts: ``multiprocessing``
    takes longer to import than a one-process run of a few articles."""
    from concurrent.futures import ProcessPoolExecutor as pool
    return pool(*args, **kwargs)


def _pool_context():
    import multiprocessing

    # Not fork: mkdocs serve has threads running, and forking them can deadlock.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def analyze_articles(articles: Sequence[Article], *, jobs: int | None = None, executor: Executor | None = None,
                     summary_sentences: int = 3, progress: Progress | None = None) -> list[Briefing | SeedError]:
    """The briefings of ``articles``, in order; parallel when it pays. An article whose
    analysis hit a bug comes back as its ``SeedError``. ``progress`` is told of each
    article (a batch at a time in parallel)."""
    if executor is not None:
        workers = getattr(executor, "_max_workers", None) or jobs or default_jobs()
        return _on_executor(executor, articles, workers, summary_sentences, progress)
    jobs = jobs or default_jobs()
    workers = min(jobs, len(articles) // SERIAL_BELOW)
    if workers < 2:
        return _serial(articles, summary_sentences, progress)
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
            return _on_executor(pool, articles, workers, summary_sentences, progress)
    except (OSError, BrokenProcessPool) as exc:  # no processes here (a sandbox, no /dev/shm): slower, not broken
        log.warning(f"briefings: analysing in one process, the process pool failed ({exc})")
        return _serial(articles, summary_sentences, progress)


def analyze_all(articles: Sequence[Article], *, cache: BriefingCache | None = None, jobs: int | None = None,
                executor: Executor | None = None, summary_sentences: int = 3,
                progress: Progress | None = None) -> list[Briefing | SeedError]:
    """Like ``analyze_articles``, but articles found in ``cache`` are not analysed again.

    Afterwards the cache holds exactly the analyses of ``articles`` (others are forgotten).
    """
    if cache is None:
        return analyze_articles(articles, jobs=jobs, executor=executor, summary_sentences=summary_sentences,
                                progress=progress)
    from .cache import analysis_key

    keys = [analysis_key(a, summary_sentences=summary_sentences) for a in articles]
    results: list[Briefing | SeedError | None] = [cache.get(key, a) for key, a in zip(keys, articles)]
    todo = [i for i, b in enumerate(results) if b is None]
    _done(progress, len(articles) - len(todo))
    fresh = analyze_articles([articles[i] for i in todo], jobs=jobs, executor=executor,
                             summary_sentences=summary_sentences, progress=progress)
    for i, briefing in zip(todo, fresh):
        if isinstance(briefing, Briefing):  # a failed analysis is tried again next time
            cache.put(keys[i], briefing)
        results[i] = briefing
    cache.retain(keys)
    return results  # type: ignore[return-value]
