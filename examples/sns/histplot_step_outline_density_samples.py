# /// example
# task = """
# Compare the three samples `a`, `b` and `c` (1-D arrays) as outline-only step histograms with \
# seaborn `histplot` on `fig, ax`: one long DataFrame with a `value` and a `sample` column \
# (labels "a", "b", "c") as hue, `15` bins shared by all samples, y as density with each \
# sample normalised on its own; label the x axis "Value" and add a title."""
# prompt = """
# I have three samples `a`, `b` and `c` of different sizes and want their histograms overlaid \
# on `fig, ax` with seaborn, drawn as unfilled step outlines so they stay readable. Use `15` \
# bins common to all three, show density and normalise each sample separately so the sizes \
# don't matter; the legend should say "a", "b", "c". X label "Value", and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     'len(figure_summary(fig).axes[0].lines_xy) == 3',
#     # every outline runs over the 15 pooled bin edges at that sample's own density
#     '(lambda edges, curves: all(any(len(cv) == len(edges) and np.allclose(cv[:, 0], edges) and np.allclose(cv[:-1, 1], np.histogram(s[np.isfinite(s)], edges, density=True)[0]) for cv in curves) for s in (np.asarray(a, float), np.asarray(b, float), np.asarray(c, float))))(np.histogram_bin_edges(np.concatenate([a, b, c])[np.isfinite(np.concatenate([a, b, c]))], 15), figure_summary(fig).axes[0].lines_xy)',
#     "sorted(figure_summary(fig).axes[0].legend_labels) == ['a', 'b', 'c']",
#     "figure_summary(fig).axes[0].xlabel == 'Value' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

samples = pd.concat(
    [
        pd.DataFrame({"value": values, "sample": name})
        for name, values in {"a": a, "b": b, "c": c}.items()
    ],
    ignore_index=True,
)
fig, ax = plt.subplots(figsize=(6, 4))
# element="step" with fill=False draws outlines only; common_norm=False gives each sample area 1
sns.histplot(
    data=samples,
    x="value",
    hue="sample",
    bins=15,
    stat="density",
    common_norm=False,
    element="step",
    fill=False,
    ax=ax,
)
ax.set(xlabel="Value", title="Sample distributions")
