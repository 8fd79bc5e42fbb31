"""Building regular expressions from word lists.

Shared by the stages that turn a table of literal phrases into one pattern
(events' triggers and cues, statements' cue words).  The pattern is plain
syntax that both the standard ``re`` engine and :mod:`regex` accept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["phrase_tree"]


def phrase_tree(phrases: Iterable[str], space: str = r"\ ") -> str:
    """An alternation of *phrases* (literal strings) with shared prefixes in a tree.

    ``meeting|meet|met`` becomes ``me(?:et(?:ing)?|t)``: at each position a
    search tries one branch per character, not every phrase, and compiles
    from a shorter pattern.  A phrase that another one extends is tried
    after it (``(?:ing)?`` is greedy), so of the phrases that match at one
    place with what follows, the longest wins, as in an alternation sorted
    longest first.  A space matches *space*.

    >>> phrase_tree(["meeting", "meet", "met"])
    'me(?:et(?:ing)?|t)'
    """
    tree: dict[str, dict[str, Any]] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, Any]) -> str:
        alts = [
            (space if char == " " else re.escape(char)) + branches(node[char])
            for char in sorted(node)
            if char
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branches(tree)
