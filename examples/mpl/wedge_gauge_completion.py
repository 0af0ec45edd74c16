# /// example
# task = """
# Draw a half-circle gauge of the fraction `completion` = share of `uniform_values` below 0.7 \
# on `fig, ax` from two `Wedge` patches centred at (0, 0) with radius 1 and ring width 0.3: \
# a "tab:green" wedge from the left end of the arc (180 degrees) clockwise to \
# `180 - 180 * completion` degrees, and a "lightgray" wedge for the rest (0 degrees up to that \
# angle). Write the fraction as a whole percent ("63%") at (0, 0.1), set equal aspect, x limits \
# -1.1 to 1.1, y limits -0.1 to 1.1 and hide the axis."""
# prompt = """
# I want a speedometer-style half-ring showing `completion`, the fraction of my \
# `uniform_values` that are below 0.7, on `fig, ax`. Build it from two Wedge patches (centre \
# (0, 0), radius 1, width 0.3): a "tab:green" one from 180 degrees down to \
# 180 - 180 * completion, and a "lightgray" one from 0 up to that angle. Put the percentage like \
# "63%" (no decimals) at (0, 0.1); equal aspect, x from -1.1 to 1.1, y from -0.1 to 1.1, axis \
# hidden."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { uniform_values = 'uniform_values' }
# checks = [
#     'np.isclose(completion, np.mean(uniform_values < 0.7))',
#     # the green wedge spans the completed part, the gray one the rest
#     '(lambda w: len(w) == 2 and np.allclose([(p.theta1, p.theta2) for p in w if matplotlib.colors.to_hex(p.get_facecolor()) == matplotlib.colors.to_hex("tab:green")], [(180 - 180 * np.mean(uniform_values < 0.7), 180)]) and np.allclose([(p.theta1, p.theta2) for p in w if matplotlib.colors.to_hex(p.get_facecolor()) == matplotlib.colors.to_hex("lightgray")], [(0, 180 - 180 * np.mean(uniform_values < 0.7))]) and all(np.isclose(p.r, 1) and np.isclose(p.width, 0.3) and np.allclose(p.center, (0, 0)) for p in w))([p for p in ax.patches if isinstance(p, matplotlib.patches.Wedge)])',
#     'figure_summary(fig).axes[0].texts == [f"{np.mean(uniform_values < 0.7):.0%}"] and np.allclose(ax.texts[0].get_position(), (0, 0.1))',
#     'ax.get_aspect() == 1.0 and np.allclose(ax.get_xlim(), (-1.1, 1.1)) and np.allclose(ax.get_ylim(), (-0.1, 1.1)) and not ax.axison',
# ]
# difficulty = 'intermediate'
# tags = ['styling', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Wedge

completion = np.mean(uniform_values < 0.7)
# angles run counter-clockwise from the positive x axis: 180 is the left end of the arc
boundary = 180 - 180 * completion

fig, ax = plt.subplots(figsize=(4, 2.5))
ax.add_patch(Wedge((0, 0), 1, boundary, 180, width=0.3, facecolor="tab:green"))
ax.add_patch(Wedge((0, 0), 1, 0, boundary, width=0.3, facecolor="lightgray"))
ax.text(0, 0.1, f"{completion:.0%}", ha="center", fontsize=16)
ax.set_aspect("equal")
ax.set(xlim=(-1.1, 1.1), ylim=(-0.1, 1.1))
ax.set_axis_off()
