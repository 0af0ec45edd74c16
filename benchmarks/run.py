"""Benchmarks of the harness: overhead, xdist scaling, process-per-example, memory. Writes results.json.

    python benchmarks/run.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = [ROOT / "data" / "training_examples.json", ROOT / "data" / "validation_examples.json"]
ENV = {**os.environ, "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0"}


def wall(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=ENV, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def pytest_cmd(files: list[Path], *extra: str) -> list[str]:
    return [sys.executable, "-m", "pytest", *map(str, files), "-q", "-p", "no:cacheprovider", "-k", "not edge", *extra]


def scaled_dataset(copies: int, directory: Path) -> Path:
    records = [r for path in DATA for r in json.loads(path.read_text())]
    out = []
    for i in range(copies):
        for r in records:
            out.append({**r, "id": f"{r['id']}.copy{i}"})
    path = directory / "scaled_examples.json"
    path.write_text(json.dumps(out))
    return path


def ledger_memory(path: Path) -> dict:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rss = [r["rss_mb"] for r in rows if "rss_mb" in r]
    return {"first_mb": rss[0], "last_mb": rss[-1], "peak_mb": max(rss), "examples": len(rss)} if rss else {}


def per_process(records: list[dict], sample: int, directory: Path) -> float:
    """Seconds per example when every example runs in a fresh interpreter (like DS-1000 or EvalPlus)."""
    chosen = records[:: max(1, len(records) // sample)][:sample]
    started = time.perf_counter()
    for record in chosen:
        path = directory / "one.json"
        path.write_text(json.dumps([record]))
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bare_loop.py"), str(path)], cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - started) / len(chosen)


def main() -> None:
    results: dict = {}
    records = [r for path in DATA for r in json.loads(path.read_text())]
    n = len(records)
    bare = wall([sys.executable, str(ROOT / "benchmarks" / "bare_loop.py"), *map(str, DATA)])
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        ledger = tmpdir / "ledger.jsonl"
        gate = wall(pytest_cmd(DATA, "--examples-ledger", str(ledger)))
        results["overhead"] = {"examples": n, "bare_loop_s": round(bare, 2), "gate_n0_s": round(gate, 2), "ratio": round(gate / bare, 3)}
        results["memory"] = ledger_memory(ledger)
        scaled = scaled_dataset(max(1, round(1000 / n)), tmpdir)
        n_scaled = len(json.loads(scaled.read_text()))
        serial = wall(pytest_cmd([scaled], "-n", "0"))
        parallel = wall(pytest_cmd([scaled], "-n", "2"))
        results["xdist"] = {"examples": n_scaled, "n0_s": round(serial, 2), "n2_s": round(parallel, 2), "ratio": round(parallel / serial, 3)}
        in_process = gate / n
        fresh = per_process(records, 20, tmpdir)
        results["per_process"] = {"sampled": 20, "fresh_interpreter_s_per_example": round(fresh, 3), "gate_s_per_example": round(in_process, 4), "speedup": round(fresh / in_process, 1)}
    out = ROOT / "benchmarks" / "results.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
