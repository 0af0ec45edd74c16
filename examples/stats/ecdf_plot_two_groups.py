# /// example
# task = """
# Compare samples `a` and `b` with a two-sample Kolmogorov-Smirnov test with an asymptotic \
# p-value (`result`) and plot their empirical CDFs (`scipy.stats.ecdf`) on the Axes `ax` with \
# legend labels "group a" and "group b", axis labels "value" and "cumulative probability", and \
# the KS p-value in the title."""
# prompt = """
# Compare samples `a` and `b` with a two-sample Kolmogorov-Smirnov test using the asymptotic \
# p-value, stored in `result`. Plot their empirical CDFs (computed with scipy's ecdf) as two \
# lines on the Axes `ax` with legend labels "group a" and "group b", axis labels "value" and \
# "cumulative probability", and the KS p-value shown in the title."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'matplotlib']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     "figure_summary().axes[0].legend_labels == ['group a', 'group b']",
#     'figure_summary().axes[0].n_lines == 2',
#     # the title shows the p-value in any reasonable format: some number in it matches it to
#     # its printed precision (two significant digits, or three decimals for a tiny p)
#     "any(np.isclose(float(tok), result.pvalue, rtol=0.05, atol=5e-4) for tok in figure_summary().axes[0].title.replace('=', ' ').replace('(', ' ').replace(')', ' ').replace(',', ' ').replace(':', ' ').split() if tok.replace('.', '', 1).replace('e-', '', 1).isdigit())",
#     "figure_summary().axes[0].ylabel == 'cumulative probability'",
#     "np.isclose(result.pvalue, scipy.stats.ks_2samp(a, b, method='asymp').pvalue)",
# ]
# difficulty = 'intermediate'
# tags = ['ecdf', 'two-sample']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from scipy import stats

# the exact p-value (the default for small samples) can fail on heavily tied data, and
# SciPy then warns and switches to the asymptotic one anyway
result = stats.ks_2samp(a, b, method="asymp")

fig, ax = plt.subplots()
for label, sample in (("group a", a), ("group b", b)):
    stats.ecdf(sample).cdf.plot(ax, label=label)
ax.set(
    xlabel="value",
    ylabel="cumulative probability",
    title=f"Empirical CDFs (KS p = {result.pvalue:.3f})",
)
ax.legend()
