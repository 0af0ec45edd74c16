"""Shared set-up for the harness's own tests."""

from __future__ import annotations

import sciexamples.fixtures.kinds  # noqa: F401
from sciexamples.execute import preload

# pytester's in-process runs drop modules first imported during a run; importing the scientific
# stack here keeps one copy of pandas & co. for the whole session (as a real worker has).
preload()

