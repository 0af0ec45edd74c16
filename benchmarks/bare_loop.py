"""The physical limit on one core: compile, run, draw and close every snippet of the given dataset
files in one process, with no harness around it (no checks, no state guard, no reporting)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

os.environ.setdefault("MPLBACKEND", "Agg")

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from sciexamples.execute import preload  # noqa: E402
from sciexamples.fixtures import default_registry  # noqa: E402


def main(paths: list[str]) -> None:
    preload()
    registry = default_registry()
    records = [r for path in paths for r in json.load(open(path))]
    os.chdir(tempfile.mkdtemp(prefix="bare-loop-"))  # snippets that save files must not write into the repo
    started, snippets = time.perf_counter(), 0.0
    for record in records:
        namespace = {"__name__": "__main__", **registry.build(record["inputs"])}
        code = compile(record["code"], record["id"], "exec")
        ran = time.perf_counter()
        exec(code, namespace)
        for num in plt.get_fignums():
            plt.figure(num).canvas.draw()
        snippets += time.perf_counter() - ran  # as the gate's ledger times it (`snippet_s`)
        plt.close("all")
    print(json.dumps({"examples": len(records), "seconds": time.perf_counter() - started, "snippet_seconds": snippets}))


if __name__ == "__main__":
    main(sys.argv[1:])
