# /// example
# task = '''
# Write the function `colormap_hex` below with the `matplotlib.colormaps` registry, then store
# in `palette` five colours of "viridis" and draw them as five equal vertical bars on `fig, ax`,
# one bar per colour in order.
#
# ```python
# def colormap_hex(name, n):
#     """Return `n` colours spread evenly from the first to the last colour
#     of the registered colormap `name`, as "#rrggbb" strings (alpha
#     dropped); n=1 gives the colormap's middle colour. Raise ValueError
#     for n < 1 and for a name that is not a registered colormap.
#     """
# ```'''
# prompt = '''
# I need `colormap_hex(name, n)`: n evenly spaced colours of a registered matplotlib colormap,
# from its first colour to its last, as "#rrggbb" strings, the middle colour when n is 1, and
# a ValueError both for n below 1 and for an unknown colormap name. Then take five colours of
# "viridis" as `palette` and show them as five equal bars in a row on `fig, ax`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'colormap_hex("viridis", 3) == [matplotlib.colors.to_hex(c) for c in matplotlib.colormaps["viridis"](np.linspace(0, 1, 3))]',
#     # a segmented colormap and a reversed one
#     'colormap_hex("coolwarm", 6) == [matplotlib.colors.to_hex(c) for c in matplotlib.colormaps["coolwarm"](np.linspace(0, 1, 6))] and colormap_hex("Blues_r", 2) == [matplotlib.colors.to_hex(matplotlib.colormaps["Blues"](1.0)), matplotlib.colors.to_hex(matplotlib.colormaps["Blues"](0.0))]',
#     'colormap_hex("plasma", 1) == [matplotlib.colors.to_hex(matplotlib.colormaps["plasma"](0.5))]',
#     '__import__("unittest").TestCase().assertRaises(ValueError, colormap_hex, "viridis", 0) is None and __import__("unittest").TestCase().assertRaises(ValueError, colormap_hex, "not_a_colormap", 3) is None',
#     'palette == [matplotlib.colors.to_hex(c) for c in matplotlib.colormaps["viridis"](np.linspace(0, 1, 5))]',
#     '[matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches] == palette and len(set(np.round(figure_summary(fig).axes[0].bar_heights[0], 9))) == 1',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'colormap', 'validation']
# ///
import matplotlib
import matplotlib.pyplot as plt
import numpy as np


def colormap_hex(name, n):
    """Return `n` colours spread evenly from the first to the last colour
    of the registered colormap `name`, as "#rrggbb" strings (alpha
    dropped); n=1 gives the colormap's middle colour. Raise ValueError
    for n < 1 and for a name that is not a registered colormap.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    if name not in matplotlib.colormaps:
        raise ValueError(f"{name!r} is not a registered colormap")
    cmap = matplotlib.colormaps[name]
    # a colormap called on floats in [0, 1] interpolates; n == 1 takes the middle
    positions = [0.5] if n == 1 else np.linspace(0, 1, n)
    return [matplotlib.colors.to_hex(rgba) for rgba in cmap(positions)]


palette = colormap_hex("viridis", 5)
fig, ax = plt.subplots(figsize=(5, 2))
ax.bar(range(len(palette)), [1] * len(palette), color=palette, width=1.0)
ax.set_xticks(range(len(palette)), palette)
ax.set(yticks=[], title="viridis, five samples")
