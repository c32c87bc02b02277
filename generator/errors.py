"""Errors of the generator.

    BriefingError
     └── SeedError          a seed that cannot become a briefing (names file and line)

``analysis_failed`` turns an unexpected exception while analysing one seed into that seed's
``SeedError``: the last line of defence, so that an extractor bug costs one page, not the site.
"""
from __future__ import annotations


class BriefingError(Exception):
    """Base class of every error the generator raises on purpose."""


class SeedError(BriefingError):
    """A seed that cannot be turned into a briefing."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = path, reason, line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


def analysis_failed(path: str, exc: Exception) -> SeedError:
    """The ``SeedError`` reporting a bug hit while analysing the seed at ``path``."""
    detail = " ".join(str(exc).split())[:200]
    return SeedError(path, f"analysis failed ({type(exc).__name__}{': ' + detail if detail else ''}); "
                           "this is a bug in the generator: please report it with this seed")
