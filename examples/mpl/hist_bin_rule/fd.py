# /// example
# task = """
# Plot a histogram of `values` with bin edges chosen by numpy's "fd" rule (`bins="fd"`), keeping \
# the counts in `counts` and the edges in `edges`; state the resulting number of bins in the \
# title and label the axes. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# I want a histogram of `values` whose bins come from the Freedman-Diaconis rule as numpy \
# implements it (bins="fd"). Store the counts in `counts` and the bin edges in `edges`, mention \
# how many bins that gave in the title, label the axes, and keep the figure in `fig` and the Axes \
# in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { values = 'values' }
# checks = [
#     'counts.sum() == values.size',
#     "np.allclose(edges, np.histogram_bin_edges(values, bins='fd'))",
#     # the drawn heights are the counts: one bar per bin (ax.hist, ax.bar) or one StepPatch (ax.stairs)
#     'np.array_equal(np.concatenate([p.get_data().values if isinstance(p, matplotlib.patches.StepPatch) else [p.get_height()] for p in ax.patches]), counts)',
#     'str(len(counts)) in ax.get_title()',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['histogram', 'binning', 'parameter-choice']
# family = 'mpl.hist_bin_rule'
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# Freedman-Diaconis: bin width from the IQR, robust to outliers
counts, edges, _ = ax.hist(values, bins="fd", edgecolor="white")
ax.set_xlabel("value")
ax.set_ylabel("count")
ax.set_title(f"{len(counts)} bins from the 'fd' rule")
