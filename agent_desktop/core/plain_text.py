"""Text from a server made safe to show inside our own sentences and one-line labels.

``plain`` folds line breaks into spaces and drops control and bidi-override characters;
``isolate`` wraps a server string in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so that a
right-to-left name or a stray U+202E cannot reorder the words around it; ``clip`` shortens it.
No Qt: the core's messages use it as the widgets do.
"""

from __future__ import annotations

import re

__all__ = ["clip", "isolate", "plain"]

_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_INVISIBLE_BUT_FSI = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066\u2067]")


def plain(text: str, keep_isolates: bool = False) -> str:
    """``text`` made safe for one line of plain text: breaks become spaces, controls go.
    ``keep_isolates``: a sentence whose server parts ``isolate`` wrapped keeps its FSI … PDI."""
    invisible = _INVISIBLE_BUT_FSI if keep_isolates else _INVISIBLE
    return invisible.sub("", _LINE_BREAKS.sub(" ", text or "")).strip()


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with "…" when it was longer."""
    return text if len(text) <= limit else text[:limit] + "…"


def isolate(text: str, limit: int | None = None) -> str:
    """``text`` (from a server) as one unit inside a sentence: ``plain`` (no bidi controls, no line
    breaks), cut to ``limit`` characters if given, and wrapped in FIRST STRONG ISOLATE … POP
    DIRECTIONAL ISOLATE (U+2068 … U+2069)."""
    text = plain(text)
    return "\u2068" + (clip(text, limit) if limit is not None else text) + "\u2069"
