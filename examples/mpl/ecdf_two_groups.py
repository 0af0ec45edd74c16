# /// example
# task = """
# Compare the samples `a` and `b` with two empirical cumulative distribution functions, one per \
# sample, drawn by `Axes.ecdf` on one Axes `ax`, with legend entries "group a" and "group b"; \
# label the axes and add a title. Keep the figure in `fig`."""
# prompt = """
# How can I compare samples `a` and `b` with their empirical cumulative distribution functions, \
# one ECDF per sample (so 2 step lines and nothing else), both on a single Axes `ax`? Use legend \
# entries "group a" and "group b", label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     'figure_summary(fig).axes[0].n_lines == 2',
#     "figure_summary(fig).axes[0].legend_labels == ['group a', 'group b']",
#     'np.isclose(np.max(ax.lines[0].get_ydata()), 1.0)',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['ecdf', 'two-sample']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# Axes.ecdf (matplotlib 3.8+) draws the step function directly, with no bin width to choose
ax.ecdf(a, label="group a")
ax.ecdf(b, label="group b")
ax.set_xlabel("measurement")
ax.set_ylabel("cumulative proportion")
ax.set_title("Empirical CDFs of the two groups")
ax.legend()
