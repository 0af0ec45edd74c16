"""Whole runs a user waits for: the CI gate on a fresh clone, and regenerating an unchanged corpus.
Adds its figures to results.json (`ci_fresh_clone`, `regenerate_unchanged`), keeping the rest.

    python benchmarks/whole_runs.py --regenerate   # warm the generator's cache once, then 3 timed runs (a few minutes)
    python benchmarks/whole_runs.py --ci           # clone HEAD into a temporary folder and time `.ci/run` there (30 to 45 minutes on 2 cores)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results.json"
KEYS = ("ci_fresh_clone", "regenerate_unchanged")


def _timed(command: list[str], cwd: Path, env: dict[str, str] | None = None, log: Path | None = None) -> float:
    """Wall seconds of one run; its output goes to `log` (kept, to read when it fails) or nowhere."""
    started = time.perf_counter()
    with open(log or os.devnull, "w") as out:
        subprocess.run(command, cwd=cwd, env=env, check=True, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    return time.perf_counter() - started


def _examples() -> int:
    return sum(len(json.loads((ROOT / "data" / name).read_text())) for name in ("training_examples.json", "validation_examples.json"))


def regenerate(runs: int = 3) -> dict:
    """`generate_training_data.py` on a corpus whose examples all passed before: every run reads
    every file, writes data/ and the chart; it runs no example, and the rules and the summary of an
    unchanged corpus come from the cache too."""
    command = [sys.executable, "generate_training_data.py", "--no-progress"]
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # warm the cache
    seconds = [_timed(command, ROOT) for _ in range(runs)]
    return {"examples": _examples(), "runs_s": [round(s, 2) for s in seconds], "median_s": round(statistics.median(seconds), 2)}


# tox's summary line per environment: "  oldest: OK (1033.91=setup[3.69]+cmd[1030.22] seconds)"
_TOX_ENV_LINE = re.compile(r"^\s*(\w+): OK \(([\d.]+)=setup\[([\d.]+)\]\+cmd\[([\d.]+)\] seconds\)", re.MULTILINE)


def _per_env(clone: Path, log_text: str) -> dict:
    """Where each environment's time went: its command's wall seconds (tox's summary), and the
    worker-seconds its reference and alternative runs took (the sum of the ledger's `duration`s;
    the ledger has no line for an edge-case item or a harness test, so the rest of the workers'
    time went to those)."""
    envs = {}
    for name, _total, _setup, command in _TOX_ENV_LINE.findall(log_text):
        ledger = clone / ".tox" / f"ledger-{name}.jsonl"
        lines = [json.loads(line) for line in ledger.read_text().splitlines() if line.strip()] if ledger.exists() else []
        envs[name] = {"command_s": round(float(command), 1), "reference_runs_worker_s": round(sum(line["duration"] for line in lines), 1)}
    return envs


def ci_fresh_clone(log: Path | None = None) -> dict:
    """`.ci/run` on a fresh clone of HEAD, as CI runs it: no standard input, CI=true."""
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "clone"
        log = log or Path(tmp) / "ci.log"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        seconds = _timed(["bash", ".ci/run"], clone, env={**os.environ, "CI": "true"}, log=log)
        envs = _per_env(clone, log.read_text())
    return {"commit": commit, "examples": _examples(), "seconds": round(seconds, 1), "cores": os.cpu_count(), "envs": envs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--ci", action="store_true")
    parser.add_argument("--log", type=Path, help="with --ci: keep the run's output in this file")
    args = parser.parse_args()
    if not (args.regenerate or args.ci):
        parser.error("say what to time: --regenerate, --ci or both")
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if args.regenerate:
        results["regenerate_unchanged"] = regenerate()
    if args.ci:
        results["ci_fresh_clone"] = ci_fresh_clone(args.log)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps({k: results[k] for k in KEYS if k in results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
