"""Errors of the generator.

    BriefingError
     └── SeedError          a seed that cannot become a briefing (names file and line)
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
