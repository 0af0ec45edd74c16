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


def scaled_dataset(copies: int, directory: Path, *, passes: bool = False) -> Path:
    """The corpus `copies` times. With `passes`, ids are prefixed `pass<i>.` so that the sorted
    collection runs whole passes one after another (plain `.copy<i>` suffixes interleave the copies)."""
    records = [r for path in DATA for r in json.loads(path.read_text())]
    out = []
    for i in range(copies):
        for r in records:
            out.append({**r, "id": f"pass{i}.{r['id']}" if passes else f"{r['id']}.copy{i}"})
    path = directory / ("passes_examples.json" if passes else "scaled_examples.json")
    path.write_text(json.dumps(out))
    return path


def ledger_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def rss_summary(rss: list[float]) -> dict:
    return {"examples": len(rss), "first_mb": rss[0], "last_mb": rss[-1], "peak_mb": max(rss), "growth_mb": round(rss[-1] - rss[0], 1)}


def memory_per_worker(rows: list[dict]) -> dict:
    """RSS of each worker, in the order it ran its examples."""
    workers: dict[str, list[float]] = {}
    for row in rows:
        workers.setdefault(row["worker"], []).append(row["rss_mb"])
    return {worker: rss_summary(rss) for worker, rss in sorted(workers.items())}


def memory_by_pass(rows: list[dict]) -> dict:
    """First pass (first use: lazily imported modules, font and glyph caches) against the repeat pass
    of the same examples in the same process: what a repeat pass adds is what the run retains."""
    passes: dict[str, list[float]] = {}
    for row in rows:
        passes.setdefault(row["id"].split(".", 1)[0], []).append(row["rss_mb"])
    first, repeat = passes["pass0"], passes["pass1"]
    return {
        "first_pass": rss_summary(first),
        "repeat_pass": rss_summary([first[-1], *repeat]),
        "repeat_pass_kb_per_example": round((repeat[-1] - first[-1]) * 1024 / len(repeat), 1),
    }


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
        results["memory"] = {"gate_n0": rss_summary([r["rss_mb"] for r in ledger_rows(ledger)])}
        ledger2 = tmpdir / "ledger-n2.jsonl"
        wall(pytest_cmd(DATA, "-n", "2", "--examples-ledger", str(ledger2)))
        results["memory"]["gate_n2_per_worker"] = memory_per_worker(ledger_rows(ledger2))
        passes = scaled_dataset(2, tmpdir, passes=True)
        ledger3 = tmpdir / "ledger-passes.jsonl"
        wall(pytest_cmd([passes], "-n", "0", "--examples-ledger", str(ledger3)))
        results["memory"]["two_passes_n0"] = memory_by_pass(ledger_rows(ledger3))
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
