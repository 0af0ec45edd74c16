# /// example
# task = """
# Plot a histogram of `values` with bin edges chosen by numpy's "sturges" rule \
# (`bins="sturges"`), keeping the counts in `counts` and the edges in `edges`; state the \
# resulting number of bins in the title and label the axes. Keep the figure in `fig` and its Axes \
# in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { values = 'values' }
# checks = [
#     'counts.sum() == values.size',
#     "np.allclose(edges, np.histogram_bin_edges(values, bins='sturges'))",
#     # the drawn heights are the counts: one bar per bin (ax.hist, ax.bar) or one StepPatch (ax.stairs)
#     'np.array_equal(np.concatenate([p.get_data().values if isinstance(p, matplotlib.patches.StepPatch) else [p.get_height()] for p in ax.patches]), counts)',
#     'str(len(counts)) in ax.get_title()',
# ]
# difficulty = 'basic'
# tags = ['histogram', 'binning', 'parameter-tuning']
# family = 'mpl.hist_bin_rule'
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# Sturges: log2(n) + 1 bins, assumes roughly normal data and under-bins large samples
counts, edges, _ = ax.hist(values, bins="sturges", edgecolor="white")
ax.set_xlabel("value")
ax.set_ylabel("count")
ax.set_title(f"{len(counts)} bins from the 'sturges' rule")
