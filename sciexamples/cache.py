"""Results kept between runs, each under a key made of everything that decides it.

A key hashes an example's record, the library versions and the sources of the harness code that
produced the result, so any change to one of them is a miss. Files live under `.cache/sciexamples/`
(one JSON file per key, written by rename, so parallel writers never leave a torn file); deleting
the folder is always safe. Only the generator and the mutation report read them; the gate never does.
The generator keeps two kinds: each example's passing run (`example_key`), and the corpus' static
rules and coverage summary (`corpus_key`: any change to any record runs the rules again).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from .dataset import library_versions, sha256_text
from .example import Example

ROOT = Path(".cache/sciexamples")
PACKAGE = Path(__file__).parent


@cache
def harness_digest(sources: tuple[str, ...]) -> str:
    """A digest of the package's `sources` (modules, or folders of them) as they are now."""
    files = sorted(
        f for name in sources for f in ([PACKAGE / name] if (PACKAGE / name).is_file() else (PACKAGE / name).rglob("*"))
        if f.is_file() and f.suffix in (".py", ".toml")
    )
    return sha256_text("".join(f"{f.relative_to(PACKAGE)}\n{f.read_text(encoding='utf-8')}" for f in files))


# fields no run reads: a result about an example does not depend on them
DESCRIPTIVE_FIELDS = ("prompt", "domain", "difficulty", "tags", "family")


def example_key(example: Example, sources: tuple[str, ...], *, leave_out: Iterable[str] = DESCRIPTIVE_FIELDS, **settings: Any) -> str:
    """The key of a result about `example`: its record less the fields in `leave_out` (which the
    result does not depend on), `settings`, the library versions and the harness `sources`."""
    record = {k: v for k, v in example.to_dict().items() if k not in set(leave_out)}
    return sha256_text(json.dumps([record, settings, library_versions(), harness_digest(sources)], sort_keys=True, default=str))


# the whole package: a result about the corpus as a whole (its static rules, its summary) may read any of it
WHOLE_PACKAGE = (".",)


def corpus_key(examples: Sequence[Example], **settings: Any) -> str:
    """The key of a result about the whole corpus: every field of every record, `settings`, the
    library versions and the whole package's sources."""
    records = [example.to_dict() for example in examples]
    return sha256_text(json.dumps(["corpus", records, settings, library_versions(), harness_digest(WHOLE_PACKAGE)], sort_keys=True, default=str))


class ResultCache:
    """JSON values under `directory`, one file per key; `None` as directory keeps nothing."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def get(self, key: str) -> Any | None:
        if self.directory is None:
            return None
        path = self.directory / f"{key}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # absent, or unreadable: run again
            return None

    def put(self, key: str, value: Any) -> None:
        if self.directory is None:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        temporary = self.directory / f"{key}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(value), encoding="utf-8")
        temporary.replace(self.directory / f"{key}.json")
