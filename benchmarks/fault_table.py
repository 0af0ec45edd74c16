"""The fault table: every hostile record of tests/test_faults.py, its outcome, the leak reported, and
whether the clean record after it passed, with -n 0 and -n 2. Prints Markdown.

    python benchmarks/fault_table.py
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from test_faults import HOSTILE, _records  # noqa: E402


def run(workers: str, path: Path) -> str:
    cmd = [sys.executable, "-m", "pytest", str(path), "-rA", "-p", "no:cacheprovider", "--examples-timeout", "3", "--examples-memory-mb", "4096"]
    if workers != "0":
        cmd += ["-n", workers]
    return subprocess.run(cmd, cwd=path.parent, capture_output=True, text=True).stdout


def main() -> None:
    names = sorted(HOSTILE)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hostile.json"
        path.write_text(json.dumps(_records(names)))
        outputs = {w: run(w, path) for w in ("0", "2")}
    print("| case | outcome | what was reported | next example (-n 0 / -n 2) |")
    print("|---|---|---|---|")
    for i, name in enumerate(names):
        out = outputs["0"]
        match = re.search(rf"example {i:02d}a\.{name}: (\w+): (.*)", out)
        outcome, message = (match.group(1), match.group(2)) if match else ("PASSED", "nothing; what it changed, if anything, was restored silently")
        detail = re.search(rf"example {i:02d}a\.{name}: \w+: .*\n\n((?:changed|registered) [^\n]*)", out)
        reported = detail.group(1) if detail else message
        clean = ["passed" if re.search(rf"PASSED \S*::{i:02d}b\.clean_after_{name}\b", outputs[w]) else "FAILED" for w in ("0", "2")]
        print(f"| {name} | {outcome} | {reported[:100]} | {' / '.join(clean)} |")


if __name__ == "__main__":
    main()
