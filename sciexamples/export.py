"""Exports trainers load directly: JSON Lines and Parquet beside the JSON dataset files.

    python -m sciexamples.export [--data data] [--task-code-only]

Writes `<name>.jsonl` and `<name>.parquet` for every `*_examples*.json` in `--data`. Fields whose
JSON type varies between records (`inputs`, `edge_cases`, `requires`) are stored as JSON strings,
so every row has one schema; `--task-code-only` keeps just `task`, `prompt` and `code` (plus `id`). Parquet
needs pyarrow; without it, or when a record does not compile, the export says so and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .example import DatasetError, load_examples, split_compilable

JSON_STRING_FIELDS = ("inputs", "edge_cases", "requires")
COLUMNS = ("id", "task", "prompt", "task_type", "code", "domain", "libraries", "inputs", "checks", "difficulty", "tags", "family",
           "edge_cases", "requires", "raises", "warns", "stdout", "timeout", "alternatives")


def flat_row(record: dict[str, Any], task_code_only: bool = False) -> dict[str, Any]:
    if task_code_only:
        return {"id": record["id"], "task": record["task"], "prompt": record.get("prompt"), "code": record["code"]}
    row = {}
    for column in COLUMNS:
        value = record.get(column)
        if column in JSON_STRING_FIELDS:
            value = None if value is None else json.dumps(value, sort_keys=True)
        elif column in ("warns", "alternatives") and value is None:
            value = []
        elif column == "family" and value is None:
            value = record["id"]
        elif column == "task_type" and value is None:
            value = "code"
        row[column] = value
    return row


def render_file(path: Path, task_code_only: bool = False) -> dict[str, str | bytes]:
    """The JSONL and Parquet exports of one dataset file, keyed by file name; nothing is written."""
    import io

    import pandas as pd

    examples, broken = split_compilable(load_examples(path))
    if broken:
        # training data is code that runs: a record that does not compile is not exported
        raise DatasetError(f"{path}: {len(broken)} record(s) do not compile, fix them first:\n  " + "\n  ".join(broken))
    rows = [flat_row(e.to_dict(), task_code_only) for e in examples]
    stem = f"{path.stem}{'_task_code' if task_code_only else ''}"
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else None)
    if "timeout" in frame:
        frame["timeout"] = frame["timeout"].astype("float64")
    parquet = io.BytesIO()
    frame.to_parquet(parquet, index=False)
    return {
        f"{stem}.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
        f"{stem}.parquet": parquet.getvalue(),
    }


def parquet_unavailable() -> str | None:
    """What to install when pandas has no usable Parquet engine here (pyarrow or fastparquet), else None."""
    from pandas.io.parquet import get_engine

    try:
        get_engine("auto")
    except ImportError:
        return f"Parquet export needs pyarrow, which is not installed: run `{sys.executable} -m pip install pyarrow`; nothing was written"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciexamples.export", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("data"))
    parser.add_argument("--task-code-only", action="store_true", help="only id, task, prompt and code (the seed's two keys and the user's wording)")
    args = parser.parse_args(argv)
    sources = sorted(p for p in args.data.glob("*_examples*.json"))
    if not sources:
        print(f"error: no *_examples*.json files in {args.data}", file=sys.stderr)
        return 2
    # everything is checked and rendered before anything is written: no half of an export
    problem = parquet_unavailable()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        files = {name: content for source in sources for name, content in render_file(source, args.task_code_only).items()}
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .dataset import write_atomically

    write_atomically(args.data, files)
    for name in files:
        written = args.data / name
        print(f"wrote {written} ({written.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
