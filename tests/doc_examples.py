"""The vendor docs' own examples, read out of docs/vendor-api/*.md for the tests.

``json_examples(doc)`` yields every JSON example with the heading it sits under and its label
("Response trả về", "Error Response trả về", "Flex response trả về", "Sample data", …). The docs
elide with ``...`` and leave trailing commas; both are mended before decoding.
``curl_examples(doc)`` yields every curl command as method, URL, headers and raw body.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent.parent / "docs" / "vendor-api"
SHARED_DOCS = Path(__file__).resolve().parent.parent.parent / "shared" / "api-docs"


@dataclass(frozen=True)
class JsonExample:
    heading: str
    label: str
    value: Any
    section: str = ""  # the top-level (#) heading above it


@dataclass(frozen=True)
class CurlExample:
    heading: str
    method: str
    url: str
    headers: dict[str, str]
    body: str | None


def _blocks(text: str, lang: str) -> Iterator[tuple[str, str, str, str]]:
    """(section, heading, label, code) for each fenced block in ``lang``."""
    section = heading = ""
    label = ""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            if line.startswith("# "):
                section = heading
            label = ""
        elif line.startswith(">"):
            label = line.lstrip("> ").strip().rstrip(":")
        elif line.strip().startswith("```"):
            fence_lang = line.strip()[3:].strip()
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith("```"):
                j += 1
            if fence_lang == lang:
                yield section, heading, label, "\n".join(lines[i + 1 : j])
            i = j
        i += 1


def _mend_json(code: str) -> str:
    code = re.sub(r"//[^\n\"]*$", "", code, flags=re.M)  # OMICall's "// id cuộc gọi" comments
    code = "\n".join(line for line in code.splitlines() if line.strip() not in ("...", "…"))
    return re.sub(r",(\s*[}\]])", r"\1", code)


def json_examples(doc: str) -> list[JsonExample]:
    text = (DOCS / doc).read_text(encoding="utf-8")
    return [
        JsonExample(heading, label, json.loads(_mend_json(code)), section)
        for section, heading, label, code in _blocks(text, "json")
    ]


def example(doc: str, heading: str, label: str = "Response trả về") -> Any:
    """The one example under ``heading`` whose label starts with ``label`` (case-insensitive)."""
    found = [
        e.value for e in json_examples(doc)
        if e.heading == heading and e.label.lower().startswith(label.lower())
    ]
    if len(found) != 1:
        raise LookupError(f"{len(found)} examples under {heading!r} labelled {label!r}")
    return found[0]


def curl_examples(doc: str) -> list[CurlExample]:
    text = (DOCS / doc).read_text(encoding="utf-8")
    out = []
    for _section, heading, _label, code in _blocks(text, "shell"):
        words = shlex.split(code.replace("\\\n", " ").replace("\n", " "))
        method, url, headers, body = "GET", "", {}, None
        k = 1
        while k < len(words):
            word = words[k]
            if word in ("-X", "--request"):
                method = words[k + 1]
                k += 1
            elif word in ("-H", "--header"):
                name, _, value = words[k + 1].partition(":")
                headers[name.strip()] = value.strip()
                k += 1
            elif word in ("--data-raw", "--data", "-d"):
                body = words[k + 1]
                k += 1
            elif word in ("-L", "--location"):
                pass
            elif not word.startswith("-"):
                url = word
            k += 1
        out.append(CurlExample(heading, method, url, headers, body))
    return out


def shape(value: Any) -> Any:
    """The JSON types of a value, for comparing our answers with the docs' (keys and types)."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if value is None:
        return "null"
    return "string"


def assert_same_shape(ours: Any, docs: Any) -> None:
    problems = shape_mismatches(ours, docs)
    assert not problems, "\n".join(problems)


def shape_mismatches(ours: Any, docs: Any, path: str = "$") -> list[str]:
    """Where ``ours`` differs from the docs' example in keys or JSON types (an empty docs list
    or a docs ``[]`` matches any list)."""
    a, b = shape(ours), shape(docs)
    problems: list[str] = []

    def walk(x: Any, y: Any, where: str) -> None:
        if isinstance(y, dict):
            if not isinstance(x, dict):
                problems.append(f"{where}: expected an object, got {x}")
                return
            for key in y.keys() - x.keys():
                problems.append(f"{where}.{key}: missing")
            for key in x.keys() - y.keys():
                problems.append(f"{where}.{key}: not in the docs")
            for key in y.keys() & x.keys():
                walk(x[key], y[key], f"{where}.{key}")
        elif isinstance(y, list):
            if not isinstance(x, list):
                problems.append(f"{where}: expected a list, got {x}")
            elif y and x:
                walk(x[0], y[0], f"{where}[0]")
        elif x != y:
            problems.append(f"{where}: expected {y}, got {x}")

    walk(a, b, path)
    return problems
