"""Reading a bulk document: from memory, or streamed from a file a record at a time.

A file is never held in memory whole: it is read once to check its shape and count its
records, then once per array for each phase of the import (``ijson``, a C parser).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ijson

from marketplace.services.bulk.records import ARRAYS

# Records are flat; a value nested deeper than this is not a record of ours (and a parser
# building it would spend memory on it), so the file is refused before anything is built.
MAX_DEPTH = 32
BOM = b"\xef\xbb\xbf"
_SHAPE = "document: must be a JSON object with groups, providers, needs, offers"


class MemoryDocument:
    """A document already decoded (the demo, the evaluation, the tests)."""

    def __init__(self, doc: Any, problems: list[str]) -> None:
        self.arrays: dict[str, list] = {}
        if not isinstance(doc, dict):
            problems.append(_SHAPE)
            return
        for key in doc:
            if key not in ARRAYS:
                problems.append(f"document: unknown key '{key}'")
        for name in ARRAYS:
            value = doc.get(name, [])
            if not isinstance(value, list):
                problems.append(f"document: '{name}' must be an array")
                value = []
            self.arrays[name] = value
        self.counts = {name: len(self.arrays.get(name, ())) for name in ARRAYS}

    def records(self, array: str) -> Iterator[Any]:
        return iter(self.arrays.get(array, ()))


class FileDocument:
    """A UTF-8 JSON file (a leading byte-order mark is allowed), streamed."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.counts = dict.fromkeys(ARRAYS, 0)
        try:
            self._check_shape(problems)
        except ijson.JSONError as exc:
            problems.append(f"document: not valid JSON: {_first_line(exc)}")
        except OSError as exc:
            problems.append(f"document: cannot be read: {exc.strerror or exc}")

    def _open(self):
        stream = self.path.open("rb")
        if stream.read(len(BOM)) != BOM:
            stream.seek(0)
        return stream

    def _check_shape(self, problems: list[str]) -> None:
        depth, key = 0, None
        with self._open() as stream:
            for event, value in ijson.basic_parse(stream, use_float=True):
                opens = event in ("start_map", "start_array")
                if depth == 0 and event != "start_map":
                    problems.append(_SHAPE)
                    return
                if depth == 1 and event == "map_key":
                    key = value
                    if key not in ARRAYS:
                        problems.append(f"document: unknown key '{key}'")
                elif depth == 1 and key in ARRAYS and event not in ("start_array", "end_map"):
                    problems.append(f"document: '{key}' must be an array")
                elif depth == 2 and key in ARRAYS and event not in ("end_array", "map_key"):
                    self.counts[key] += 1
                if opens:
                    depth += 1
                    if depth > MAX_DEPTH:
                        problems.append(f"document: nested deeper than {MAX_DEPTH} levels")
                        return
                elif event in ("end_map", "end_array"):
                    depth -= 1

    def records(self, array: str) -> Iterator[Any]:
        if not self.counts[array]:
            return
        with self._open() as stream:
            yield from ijson.items(stream, f"{array}.item", use_float=True)


def _first_line(exc: Exception) -> str:
    message = exc.args[0] if exc.args else exc
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    return str(message).strip().splitlines()[0]
