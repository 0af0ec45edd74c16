"""Benchmarks of the harness: overhead, xdist scaling, process-per-example, memory. Writes results.json.

    python benchmarks/run.py [--repeats N]
    python benchmarks/run.py --side-by-side [--repeats N]
    python benchmarks/run.py --instructions

Wall times on this shared 2-core machine drift by 10-30 % within minutes, so the overhead and
xdist comparisons run their two commands alternately `--repeats` times (default 5) and report every
run and the ratio of the medians.

`--side-by-side` measures the overhead a second way, against the same drift: the gate and the bare
loop start together, each pinned to a core of its own (`taskset`, swapping cores every pair), with
one BLAS thread each, so that both see the same machine at the same moment (12 pairs unless
`--repeats` says otherwise). It also separates each run's time running snippets from the rest (see
`side_by_side`). Writes side_by_side.json.

`--instructions` measures the overhead a third way, immune to that drift: the instructions the bare
loop and the gate execute, counted by valgrind's callgrind (both at once, one per core; about 40
times slower than a normal run, so 30-40 minutes). Writes instructions.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = [ROOT / "data" / "training_examples.json", ROOT / "data" / "validation_examples.json"]
ENV = {**os.environ, "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0"}


def bare_loop_cmd(files: list[Path]) -> list[str]:
    return [sys.executable, str(ROOT / "benchmarks" / "bare_loop.py"), *map(str, files)]


def one_thread_env() -> dict[str, str]:
    """ENV with BLAS and OpenMP at one thread each, as the gate's xdist workers run."""
    from sciexamples.isolate import THREAD_LIMITS  # imports the execute module; only some modes need it

    return {**ENV, **THREAD_LIMITS}


def wall(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=ENV, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def pytest_cmd(files: list[Path], *extra: str) -> list[str]:
    return [sys.executable, "-m", "pytest", *map(str, files), "-q", "-p", "no:cacheprovider", "-m", "not edge_case", *extra]


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


def alternating(first: list[str], second: list[str], repeats: int) -> tuple[list[float], list[float]]:
    """Wall times of `first` and `second`, run alternately so that drifts in machine load hit both."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        times[0].append(wall(first))
        times[1].append(wall(second))
    return times


def compared(name_a: str, a: list[float], name_b: str, b: list[float]) -> dict:
    """Each run's wall time and the ratio of the medians (b over a)."""
    return {
        f"{name_a}_s": [round(t, 2) for t in a],
        f"{name_b}_s": [round(t, 2) for t in b],
        f"{name_a}_median_s": round(statistics.median(a), 2),
        f"{name_b}_median_s": round(statistics.median(b), 2),
        "ratio": round(statistics.median(b) / statistics.median(a), 3),
        "ratio_per_pair": [round(y / x, 3) for x, y in zip(a, b)],
    }


def per_process(records: list[dict], sample: int, directory: Path) -> float:
    """Seconds per example when every example runs in a fresh interpreter (like DS-1000 or EvalPlus)."""
    chosen = records[:: max(1, len(records) // sample)][:sample]
    started = time.perf_counter()
    for record in chosen:
        path = directory / "one.json"
        path.write_text(json.dumps([record]))
        subprocess.run(bare_loop_cmd([path]), cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - started) / len(chosen)


def side_by_side(pairs: int, directory: Path) -> dict:
    """The bare loop and the gate started together, each on a core of its own, `pairs` times.

    Besides the wall times: the seconds each spent running and drawing snippets (the bare loop
    prints them; the gate's ledger has them per example, `snippet_s`), and what is left of each run
    besides them. The two cores do not run the same snippets at the same speed (one pair's bare
    loop spent 20.3 s in snippets where the gate beside it spent 18.3 s, the next pair 17.9 s and
    19.4 s), and that swings the wall-clock ratio by more than the harness' own time. The gate's time
    besides its snippets, minus the bare loop's, is the harness' time on its own; added to the bare
    loop's wall time it gives the ratio at equal snippet speed. It leaves out what the harness adds
    inside a snippet's run (the stand-ins that refuse writes, recording every warning).
    """
    env = one_thread_env()
    bare, gate, bare_besides, gate_besides = [], [], [], []
    for pair in range(pairs):
        ledger = directory / f"ledger-{pair}.jsonl"
        cores = (pair % 2, (pair + 1) % 2)
        started = time.perf_counter()
        running = [
            # the bare loop prints one short line (its figures) at its end: the pipe never fills
            subprocess.Popen(["taskset", "-c", str(cores[0]), *bare_loop_cmd(DATA)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL),
            subprocess.Popen(["taskset", "-c", str(cores[1]), *pytest_cmd(DATA, "--examples-ledger", str(ledger))], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        ]
        seconds = finish_times(running, started)
        printed = running[0].stdout.read()
        bare.append(seconds[0])
        gate.append(seconds[1])
        bare_besides.append(seconds[0] - json.loads(printed)["snippet_seconds"])
        gate_besides.append(seconds[1] - sum(row["snippet_s"] for row in ledger_rows(ledger)))
    harness = [g - b for g, b in zip(gate_besides, bare_besides)]
    return {
        **compared("bare_loop", bare, "gate_n0", gate),
        "besides_snippets_s": {"bare_loop": [round(t, 2) for t in bare_besides], "gate_n0": [round(t, 2) for t in gate_besides]},
        "harness_s": [round(t, 2) for t in harness],
        "harness_median_s": round(statistics.median(harness), 2),
        "ratio_at_equal_snippet_speed": round((statistics.median(bare) + statistics.median(harness)) / statistics.median(bare), 3),
    }


def finish_times(running: list[subprocess.Popen], started: float) -> list[float]:
    """Seconds from `started` until each process ended, in whichever order they end."""
    ended: dict[int, float] = {}
    while len(ended) < len(running):
        pid, _ = os.waitpid(-1, 0)
        ended[pid] = time.perf_counter() - started
    for process in running:
        process.wait()  # reaped above: lets Popen record it
    return [ended[process.pid] for process in running]


def instruction_counts(commands: dict[str, list[str]], directory: Path) -> dict[str, dict]:
    """Instructions each command executes (all its threads), counted by callgrind; the commands run at once.

    BLAS and OpenMP run one thread each: a spinning pool thread would add instructions that depend
    on scheduling. No time limit: everything runs about 40 times slower under valgrind."""
    env = one_thread_env()
    running = {}
    for name, cmd in commands.items():
        out = directory / f"callgrind.{name}.out"
        running[name] = (out, subprocess.Popen(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        ))
    counts = {}
    for name, (out, process) in running.items():
        stdout, _ = process.communicate()
        totals = [line.split()[1] for line in out.read_text().splitlines() if line.startswith("totals:")]
        if process.returncode != 0 or not totals:
            # the examples' own verdicts first: the tail alone cut them off
            verdicts = [line for line in stdout.splitlines() if re.match(r"example \S+: (FAILED|ERROR|TIMEOUT): ", line)]
            raise SystemExit(f"{name} failed under callgrind (exit {process.returncode}): {' | '.join(verdicts)} {stdout.strip()[-500:]}")
        counts[name] = {"instructions": int(totals[0]), "last_line": stdout.strip().splitlines()[-1]}
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=None, help="runs of each command in the overhead and xdist comparisons (default 5; 12 pairs with --side-by-side)")
    parser.add_argument("--side-by-side", action="store_true", help="run the overhead comparison's two commands at once, one per core (writes side_by_side.json)")
    parser.add_argument("--instructions", action="store_true", help="count the overhead in instructions under callgrind instead (writes instructions.json)")
    args = parser.parse_args()
    records = [r for path in DATA for r in json.loads(path.read_text())]
    n = len(records)
    if args.instructions:
        if shutil.which("valgrind") is None:
            parser.error("--instructions needs valgrind (Debian: apt-get install valgrind)")
        with tempfile.TemporaryDirectory() as tmp:
            # the gate as the wall-clock overhead runs it (with the ledger), without the time limit
            gate = pytest_cmd(DATA, "--examples-timeout", "0", "--examples-ledger", str(Path(tmp) / "ledger.jsonl"))
            counts = instruction_counts({"bare_loop": bare_loop_cmd(DATA), "gate_n0": gate}, Path(tmp))
        result = {"examples": n, **counts, "ratio": round(counts["gate_n0"]["instructions"] / counts["bare_loop"]["instructions"], 4)}
        (ROOT / "benchmarks" / "instructions.json").write_text(json.dumps(result, indent=2) + "\n")
        print(json.dumps(result, indent=2))
        return
    repeats = args.repeats if args.repeats is not None else (12 if args.side_by_side else 5)
    if repeats < 1:
        parser.error("--repeats must be at least 1")
    if args.side_by_side:
        if shutil.which("taskset") is None or (os.cpu_count() or 1) < 2:
            parser.error("--side-by-side needs taskset (Debian: util-linux) and two cores")
        with tempfile.TemporaryDirectory() as tmp:
            result = {"examples": n, **side_by_side(repeats, Path(tmp))}
        (ROOT / "benchmarks" / "side_by_side.json").write_text(json.dumps(result, indent=2) + "\n")
        print(json.dumps(result, indent=2))
        return
    results: dict = {"repeats": repeats}
    # the scaled datasets lie inside the repository, as data/ does: pytest then runs them with the
    # project's configuration (pyproject.toml) and collects them as it collects data/. Under /tmp it
    # found no configuration, and it listed every entry of /tmp while collecting.
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory(dir=ROOT / "benchmarks", prefix="scaled-") as scaled_dir:
        tmpdir = Path(tmp)
        ledger = tmpdir / "ledger.jsonl"
        bare, gate = alternating(bare_loop_cmd(DATA), pytest_cmd(DATA, "--examples-ledger", str(ledger)), repeats)
        results["overhead"] = {"examples": n, **compared("bare_loop", bare, "gate_n0", gate)}
        results["memory"] = {"gate_n0": rss_summary([r["rss_mb"] for r in ledger_rows(ledger)])}
        ledger2 = tmpdir / "ledger-n2.jsonl"
        wall(pytest_cmd(DATA, "-n", "2", "--examples-ledger", str(ledger2)))
        results["memory"]["gate_n2_per_worker"] = memory_per_worker(ledger_rows(ledger2))
        passes = scaled_dataset(2, Path(scaled_dir), passes=True)
        ledger3 = tmpdir / "ledger-passes.jsonl"
        wall(pytest_cmd([passes], "-n", "0", "--examples-ledger", str(ledger3)))
        results["memory"]["two_passes_n0"] = memory_by_pass(ledger_rows(ledger3))
        scaled = scaled_dataset(max(1, round(1000 / n)), Path(scaled_dir))
        n_scaled = len(json.loads(scaled.read_text()))
        serial, parallel = alternating(pytest_cmd([scaled], "-n", "0"), pytest_cmd([scaled], "-n", "2"), repeats)
        results["xdist"] = {"examples": n_scaled, **compared("n0", serial, "n2", parallel)}
        in_process = statistics.median(gate) / n
        fresh = per_process(records, 20, tmpdir)
        results["per_process"] = {"sampled": 20, "fresh_interpreter_s_per_example": round(fresh, 3), "gate_s_per_example": round(in_process, 4), "speedup": round(fresh / in_process, 1)}
    out = ROOT / "benchmarks" / "results.json"
    kept = json.loads(out.read_text()) if out.exists() else {}
    results |= {k: v for k, v in kept.items() if k in ("ci_fresh_clone", "regenerate_unchanged")}  # whole_runs.py's
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
