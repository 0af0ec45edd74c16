# /// example
# task = """
# Compare the distributions of the samples `a` and `b` with two step outlines drawn by `ax.stairs`: \
# count each sample with `np.histogram` on the same 20 bins spanning both samples \
# (`edges = np.histogram_bin_edges(np.concatenate([a, b]), bins=20)`), draw `a` first and `b` \
# second, labelled "a" and "b", add a legend, label the axes and title. Keep the figure in `fig` \
# and its Axes in `ax`."""
# prompt = """
# I have two samples, `a` and `b`, and want their histograms drawn as step outlines (stairs) on \
# one Axes so they don't hide each other: use the same 20 bins spanning both samples, computed \
# into `edges` with np.histogram_bin_edges on the two samples together, draw `a` first and `b` \
# second with the labels "a" and "b", add a legend, label the axes, add a title, and keep the \
# figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     'np.allclose(edges, np.histogram_bin_edges(np.concatenate([a, b]), bins=20))',
#     "isinstance(ax.patches[0], matplotlib.patches.StepPatch) and isinstance(ax.patches[1], matplotlib.patches.StepPatch)",
#     'np.allclose(ax.patches[0].get_data().values, np.histogram(a, bins=np.histogram_bin_edges(np.concatenate([a, b]), bins=20))[0])',
#     'np.allclose(ax.patches[1].get_data().values, np.histogram(b, bins=np.histogram_bin_edges(np.concatenate([a, b]), bins=20))[0])',
#     'all(np.allclose(p.get_data().edges, np.histogram_bin_edges(np.concatenate([a, b]), bins=20)) for p in ax.patches)',
#     "figure_summary(fig).axes[0].legend_labels == ['a', 'b']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['histogram', 'two-sample', 'discrete-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

# shared edges make the two step outlines directly comparable bin by bin
edges = np.histogram_bin_edges(np.concatenate([a, b]), bins=20)
counts_a, _ = np.histogram(a, bins=edges)
counts_b, _ = np.histogram(b, bins=edges)

fig, ax = plt.subplots()
ax.stairs(counts_a, edges, label="a", linewidth=2)
ax.stairs(counts_b, edges, label="b", linewidth=2)
ax.set_xlabel("value")
ax.set_ylabel("count")
ax.set_title("Distributions of samples a and b")
ax.legend()
