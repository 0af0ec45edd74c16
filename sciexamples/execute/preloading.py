"""The scientific stack, imported once per process before the first run."""

from __future__ import annotations

import functools
import gc

from .. import assertion_rewriting_off

# Imported once per process before the first run, outside any snippet's state guard: importing
# scipy or sklearn the first time adds warnings filters, which must not be blamed on a snippet.
PRELOAD = (
    # pyplot's backend too: Matplotlib 3.8 imports `matplotlib.backends` only at the first figure
    "numpy", "pandas", "matplotlib.pyplot", "matplotlib.backends.backend_agg", "seaborn",
    "scipy.stats", "scipy.signal", "scipy.integrate", "scipy.optimize", "scipy.interpolate",
    "scipy.linalg", "scipy.fft", "scipy.special", "scipy.spatial", "scipy.ndimage", "scipy.cluster",
    "sklearn.linear_model", "sklearn.ensemble", "sklearn.model_selection", "sklearn.preprocessing",
    "sklearn.pipeline", "sklearn.metrics", "sklearn.decomposition", "sklearn.cluster", "sklearn.svm",
    "sklearn.neighbors", "sklearn.tree", "sklearn.compose", "sklearn.impute", "sklearn.datasets",
    "sklearn.feature_selection", "sklearn.naive_bayes", "sklearn.manifold", "sklearn.mixture",
    "sklearn.inspection", "sklearn.calibration",
)


@functools.cache
def preload() -> None:
    """Import the scientific stack (about 3 s), once per process.

    The imports run on a thread of their own, whose frame stack starts empty. Called deep in
    pytest's stack, they would cross a boundary between CPython's 16 KiB frame-stack chunks
    thousands of times, and each crossing maps and unmaps a chunk: 7,400 mmap/munmap pairs under
    pytest, against 800 on a fresh stack. Under pytest, its assertion-rewriting finder, first on
    `sys.meta_path`, matches every module imported (some 2,000 here) against test-file names; the
    stack holds no test module or plugin, so the finder steps aside meanwhile.

    The collector is off meanwhile: what an import makes lives as long as the process, and the four
    or five full collections the imports would trigger (each traversing everything imported so far,
    up to 200,000 objects) find next to nothing to free (0.2 s under pytest, 0.12 s without).
    Then one collection, and what is alive is frozen into the collector's permanent generation
    (`gc.freeze`): every full collection during the runs (and pytest's five at session end) would
    otherwise traverse it all again.
    """
    from concurrent.futures import ThreadPoolExecutor

    collecting = gc.isenabled()
    gc.disable()
    try:
        with assertion_rewriting_off(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="sciexamples-preload") as importer:
            importer.submit(_import_stack).result()  # re-raises here what an import raised
    finally:
        if collecting:
            gc.enable()
    gc.collect()
    gc.freeze()


def _import_stack() -> None:
    import importlib

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
