"""The snippet's figures: drawn (what drawing raises is the snippet's error), rendered to PNG for
the gallery, and closed when the run ends."""

from __future__ import annotations

import io
import re
import sys
from typing import Any

from .exceptions import exception_lines, exception_text
from .interrupts import raised_by_snippet
from .outcome import ERROR, PASSED, Outcome


def _draw_figures() -> None:
    """Draw every open figure without rasterising it: every artist's draw runs (layout, tick labels,
    formatters, mathtext, the snippet's own functions), so what drawing raises is raised here, but
    no pixels are made (the gallery renders its PNGs apart); that is most of a plot example's time."""
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return
    for num in plt.get_fignums():
        plt.figure(num).draw_without_rendering()


def render_figures(outcome: Outcome, interrupts: list[int]) -> list[bytes]:
    """Every open figure as PNG (for the gallery), rendered while the snippet's names still exist:
    drawing may call functions the snippet defined (a secondary axis' conversions, a
    `FuncFormatter`), which find their module names gone once its namespace is emptied. What
    rendering raises fails the example, as an error at draw time does."""
    plt = sys.modules.get("matplotlib.pyplot")
    images: list[bytes] = []
    if plt is None:
        return images
    try:
        for num in plt.get_fignums():
            buffer = io.BytesIO()
            plt.figure(num).savefig(buffer, format="png", dpi=72)
            images.append(buffer.getvalue())
    except BaseException as exc:  # the snippet's functions may raise anything
        if not raised_by_snippet(exc, interrupts):
            raise
        if outcome.status == PASSED:
            outcome.status = ERROR
            outcome.message = f"saving the figure failed: {exception_text(exc)}"
            outcome.details = exception_lines(exc)
    return images


def write_figures(example_id: str, directory: Any, images: list[bytes]) -> list[str]:
    """Write the rendered figures into `directory`; returns the file names."""
    from pathlib import Path

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    names = []
    for i, image in enumerate(images):
        name = f"{re.sub(r'[^A-Za-z0-9_.-]', '_', example_id)}-{i}.png"
        (directory / name).write_bytes(image)
        names.append(name)
    return names


def close_figures() -> None:
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.close("all")


def draw_figures(filename: str, outcome: Outcome, interrupts: list[int]) -> None:
    """Draw every open figure; what drawing raises (bad mathtext, the snippet's own code) fails the example."""
    try:
        _draw_figures()
    except BaseException as exc:  # draw-time errors (bad mathtext, ...) fail the example
        if not raised_by_snippet(exc, interrupts):
            raise
        outcome.status = ERROR
        outcome.message = f"drawing the figure failed: {exception_text(exc)}"
        outcome.details = exception_lines(exc)
