# /// example
# task = """
# Scatter the paired measurements `after` against `before` on `fig, ax` with the identity line \
# y = x drawn by `axline` (dashed "--" gray, infinite in both directions), both axes sharing the same \
# limits (the minimum and maximum over both samples, padded by 5% of that range on each side, \
# or by 1 when all values are equal) and a square plot box (`set_box_aspect(1)`). Label the axes "before" and "after"."""
# prompt = """
# I'd like a before/after agreement plot of my `before` and `after` measurements on \
# `fig, ax`: points, the y = x line (axline, dashed "--" gray), identical x and y limits from the \
# overall min to max of both samples with 5% of that range as padding on each end (padding 1 \
# if every value is the same), a square \
# axes box (box aspect 1), axis labels "before" and "after"."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], np.column_stack([before, after]))',
#     # the same padded limits on both axes
#     '(lambda lo, hi: np.allclose(ax.get_xlim(), (lo - (0.05 * (hi - lo) if hi > lo else 1), hi + (0.05 * (hi - lo) if hi > lo else 1))) and np.allclose(ax.get_ylim(), ax.get_xlim()))(min(np.min(before), np.min(after)), max(np.max(before), np.max(after)))',
#     'ax.get_box_aspect() == 1',
#     # an infinite line through (0, 0) and (1, 1)
#     'any(hasattr(ln, "get_slope") and ln.get_linestyle() == "--" and np.isclose(ln.get_xy1()[0], ln.get_xy1()[1]) and np.isclose(ln.get_slope() if ln.get_xy2() is None else (ln.get_xy2()[1] - ln.get_xy1()[1]) / (ln.get_xy2()[0] - ln.get_xy1()[0]), 1) for ln in ax.lines)',
#     'ax.get_xlabel() == "before" and ax.get_ylabel() == "after"',
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'paired-samples', 'styling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

both = np.concatenate([before, after])
low, high = both.min(), both.max()
# equal values would give zero-width limits: pad by 1 then
pad = 0.05 * (high - low) if high > low else 1.0

fig, ax = plt.subplots(figsize=(4, 4))
ax.scatter(before, after, s=15)
# axline extends the identity line across whatever limits the axes end up with
ax.axline((0, 0), slope=1, linestyle="--", color="gray")
ax.set(xlim=(low - pad, high + pad), ylim=(low - pad, high + pad), xlabel="before", ylabel="after")
ax.set_box_aspect(1)
ax.set_title("Before vs after")
