"""Find secrets in files: every file under some folders, searched for each secret in the forms a
program might write it (raw, UTF-16, URL-encoded, JSON-escaped, base64 at any alignment, and its
longest plain run of letters and digits, which survives any escaping of the rest).

    leaks = scan([profile, home], {"password": "…", "api_key": "…"})
    assert not leaks, describe(leaks)
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus

MIN_FRAGMENT = 10  # a plain run shorter than this could occur by chance


@dataclass(frozen=True)
class Leak:
    path: Path
    secret: str  # the secret's name, never its value
    form: str


def _base64_cores(raw: bytes) -> dict[str, bytes]:
    """What stays the same in the base64 of any text that contains ``raw``: for each of the three
    alignments, the encoded characters that depend on ``raw`` alone."""
    cores: dict[str, bytes] = {}
    for name, encode in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
        for shift in range(3):
            encoded = encode(b"\0" * shift + raw)
            start = 4 if shift else 0  # the group that mixes in what came before
            core = encoded[start:-4]  # the last group mixes in what comes after (or padding)
            if len(core) >= 8:
                cores[f"{name}+{shift}"] = core
    return cores


def forms(secret: str) -> dict[str, bytes]:
    """The byte strings whose presence in a file means ``secret`` is in it."""
    found: dict[str, bytes] = {
        "raw": secret.encode(),
        "utf-16": secret.encode("utf-16-le"),
        "url": quote(secret, safe="").encode(),
        "url-plus": quote_plus(secret).encode(),
        "json": json.dumps(secret)[1:-1].encode(),
        "json-utf8": json.dumps(secret, ensure_ascii=False)[1:-1].encode(),
    }
    found.update(_base64_cores(secret.encode()))
    runs = re.findall(r"[A-Za-z0-9]+", secret)
    longest = max(runs, key=len, default="")
    if len(longest) >= MIN_FRAGMENT and longest != secret:
        found["fragment"] = longest.encode()
    return found


def files_under(roots: Iterable[Path]) -> list[Path]:
    seen: set[Path] = set()
    for root in roots:
        for path in sorted(Path(root).rglob("*")):
            if path.is_file() and not path.is_symlink():
                seen.add(path.resolve())
    return sorted(seen)


def scan(roots: Iterable[Path], secrets: Mapping[str, str | Iterable[str]]) -> list[Leak]:
    """Every (file, secret, form) where a secret is found; ``secrets`` maps a name to a value
    or to several (every token the server issued, say)."""
    patterns: list[tuple[str, str, bytes]] = []
    for name, values in secrets.items():
        for value in [values] if isinstance(values, str) else values:
            if not value:
                raise ValueError(f"the secret {name} is empty: nothing would be searched")
            patterns += [(name, form, data) for form, data in forms(value).items()]
    leaks = []
    for path in files_under(roots):
        data = path.read_bytes()
        for name, form, needle in patterns:
            if needle in data:
                leaks.append(Leak(path, name, form))
    return leaks


def describe(leaks: Iterable[Leak]) -> str:
    return "\n".join(f"{leak.secret} ({leak.form}) in {leak.path}" for leak in leaks)
