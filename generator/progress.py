"""Progress of a long CLI run: a bar on stderr when stderr is a terminal (tqdm), nothing in
pipes and logs, where only the closing line is written."""
from __future__ import annotations

import contextlib
import sys
import time
from typing import Callable, Iterator


@contextlib.contextmanager
def progress_bar(total: int, unit: str = "article") -> Iterator[Callable[[int], None]]:
    """Yields ``advance(n)``; the bar disappears when done (the closing line says the rest)."""
    if not sys.stderr.isatty():
        yield _nothing  # no bar: tqdm is not even imported (a hundredth of a second)
        return
    from tqdm import tqdm

    with tqdm(total=total, unit=f" {unit}s", file=sys.stderr,
              leave=False, dynamic_ncols=True, mininterval=0.2) as bar:
        yield bar.update


def _nothing(count: int) -> None:
    pass


class Stopwatch:
    def __init__(self) -> None:
        self.started = time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
