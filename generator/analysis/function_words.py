"""Closed-class English words the extractors share: what may open a noun phrase.

From the determiner class of Quirk et al., *A Comprehensive Grammar of the English Language*
(§5.12–5.23), central determiners, predeterminers and quantifiers.
"""
from __future__ import annotations

DETERMINERS = frozenset(
    """the a an this that these those his her its their our my your any some every each no
    such many much few several all both either neither""".split()
)
