"""Repo-level pytest set-up: a private Matplotlib config dir per worker. The plugin itself is
installed with the package (entry point `pytest11`), so it needs no loading here."""

from __future__ import annotations

import os
from pathlib import Path

# Each xdist worker gets its own font cache, so parallel workers never race on one directory.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
_base = Path(os.environ.get("MPLCONFIGDIR") or Path(__file__).parent / ".mplconfig")
os.environ["MPLCONFIGDIR"] = str(_base / _worker)
os.environ.setdefault("MPLBACKEND", "Agg")
