"""A list polled again and again (``GET /v2/call``), read from the answer's bytes in one pass.

Most entries of a poll are byte for byte what the last poll listed. ``split_listing`` scans the
answer once in C (msgspec) and hands back the top-level fields, decoded, and the list's entries
as raw bytes, none of them decoded. ``remembered`` then gives an entry met last time (the same
bytes) the very object built from it then: a hash and a lookup, no decoding, no parsing. Only the
new or changed entries are decoded (as any answer is: ``decode_json``) and built, with their place in
the list for error messages. Equal bytes always decode alike, so nothing is mistaken for another
entry (unlike decoded values: ``1 == True``).

An answer msgspec cannot read this way (not an object, a list that is not a list, what only
Python's parser takes) is left to the caller's ordinary path, which reads it or says what is
wrong with it exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

import msgspec

from .fields import Fields, ItemPath
from .http import decode_json

__all__ = ["ListMemory", "remembered", "split_listing"]

_T = TypeVar("_T")
_TOP = msgspec.json.Decoder(dict[str, msgspec.Raw])
_ENTRIES = msgspec.json.Decoder(list[msgspec.Raw] | None)
_VALUE = msgspec.json.Decoder()


class ListMemory:
    """What ``remembered`` built from one polled list last time, by each entry's exact bytes.
    One per list a client polls (two clients never share one); it holds the last poll's entries
    only."""

    __slots__ = ("last",)

    def __init__(self) -> None:
        self.last: dict[bytes, Any] = {}

    def clear(self) -> None:
        self.last = {}


def split_listing(body: bytes, name: str) -> tuple[dict[str, Any], list[bytes] | None] | None:
    """The top-level fields of a JSON object answer other than ``name``, decoded, and the raw
    bytes of each entry of its list ``name`` (None when ``name`` is absent or null); None when
    the answer is not read this way (see the module's docs)."""
    try:
        top = _TOP.decode(body)
        listed = top.pop(name, None)
        entries = None if listed is None else _ENTRIES.decode(listed)
        rest = {key: _VALUE.decode(value) for key, value in top.items()}
    except (msgspec.DecodeError, RecursionError):  # ValidationError is a DecodeError
        return None
    return rest, None if entries is None else list(map(bytes, entries))


def remembered(entries: list[bytes], build: Callable[[Fields], _T], memory: ListMemory, *,
               base: str, vendor: str | None = None) -> tuple[_T, ...]:
    """``build(f)`` for each entry, ``f`` its decoded object at ``base[index]``; an entry with
    the bytes of one ``memory`` saw last time gives what was built then. ``memory`` then holds
    this list's entries; an error (raised by ``build`` or for an entry that is not an object)
    leaves it as it was."""
    last = memory.last
    now = dict.fromkeys(entries)  # each entry hashed once; the same bytes twice count once
    fresh = now.keys() - last.keys()
    table = dict(last)
    for entry in filter(fresh.__contains__, now):  # in listing order: the first bad one is named
        place = ItemPath(base, partial(entries.index, entry))  # found only if an error says it
        table[entry] = build(Fields(decode_json(entry, vendor=vendor), place, vendor))
    results = tuple(map(table.__getitem__, entries))
    for entry in last.keys() - now.keys():
        del table[entry]
    memory.last = table
    return results
