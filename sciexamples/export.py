"""Exports trainers load directly: JSON Lines and Parquet beside the JSON dataset files.

    python -m sciexamples.export [--data data] [--task-code-only]

Writes `<name>.jsonl` and `<name>.parquet` for every `*_examples*.json` in `--data`. Fields whose
JSON type varies between records (`inputs`, `edge_cases`, `requires`) are stored as JSON strings,
so every row has one schema; `--task-code-only` keeps just `task` and `code` (plus `id`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .example import DatasetError, load_examples

JSON_STRING_FIELDS = ("inputs", "edge_cases", "requires")
COLUMNS = ("id", "task", "code", "domain", "libraries", "inputs", "checks", "difficulty", "tags", "family",
           "edge_cases", "requires", "raises", "warns", "stdout", "timeout")


def flat_row(record: dict[str, Any], task_code_only: bool = False) -> dict[str, Any]:
    if task_code_only:
        return {"id": record["id"], "task": record["task"], "code": record["code"]}
    row = {}
    for column in COLUMNS:
        value = record.get(column)
        if column in JSON_STRING_FIELDS:
            value = None if value is None else json.dumps(value, sort_keys=True)
        elif column in ("warns",) and value is None:
            value = []
        elif column == "family" and value is None:
            value = record["id"]
        row[column] = value
    return row


def export_file(path: Path, task_code_only: bool = False) -> list[Path]:
    import pandas as pd

    records = [e.to_dict() for e in load_examples(path)]
    rows = [flat_row(r, task_code_only) for r in records]
    suffix = "_task_code" if task_code_only else ""
    jsonl = path.with_name(f"{path.stem}{suffix}.jsonl")
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    parquet = path.with_name(f"{path.stem}{suffix}.parquet")
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else None)
    if "timeout" in frame:
        frame["timeout"] = frame["timeout"].astype("float64")
    frame.to_parquet(parquet, index=False)
    return [jsonl, parquet]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciexamples.export", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("data"))
    parser.add_argument("--task-code-only", action="store_true", help="only id, task and code (the seed's two keys)")
    args = parser.parse_args(argv)
    sources = sorted(p for p in args.data.glob("*_examples*.json"))
    if not sources:
        print(f"error: no *_examples*.json files in {args.data}", file=sys.stderr)
        return 2
    try:
        for source in sources:
            for written in export_file(source, args.task_code_only):
                print(f"wrote {written} ({written.stat().st_size / 1024:.0f} KiB)")
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
