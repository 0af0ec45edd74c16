# /// example
# task = """
# Plot the dose-response table `assay` (`concentration`, `response`, several replicates per \
# concentration) with `seaborn.lineplot`: the mean response per concentration as a line with \
# circle markers and error bars (not a band) of one standard deviation of the replicates, on a \
# logarithmic concentration axis. Label the axes "concentration" and "response" and title the \
# plot "Dose-response". Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Can you plot my dose-response data `assay` (`concentration`, `response`, with replicates) with \
# seaborn's lineplot: mean response per concentration as a line with "o" markers, and error bars \
# (bars, not a shaded band) showing plus/minus one standard deviation of the replicates? The \
# concentration axis should be logarithmic. Label the axes "concentration" and "response", title \
# it "Dose-response", and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { assay = 'dose_response' }
# checks = [
#     "figure_summary(fig).axes[0].xscale == 'log'",
#     # the line joins the replicate means in concentration order
#     "np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([np.unique(assay['concentration']), [assay.loc[assay['concentration'] == c, 'response'].mean() for c in np.unique(assay['concentration'])]]))",
#     "ax.lines[0].get_marker() == 'o'",
#     "figure_summary(fig).axes[0].n_errorbars == 1",
#     "(lambda g: np.allclose(figure_summary(fig).axes[0].errorbar_spans[0], np.column_stack([g.mean() - g.std(), g.mean() + g.std()]), equal_nan=True))(assay.groupby('concentration')['response'])",
#     "figure_summary(fig).axes[0].xlabel == 'concentration' and figure_summary(fig).axes[0].ylabel == 'response'",
#     "figure_summary(fig).axes[0].title == 'Dose-response'",
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'error-bars', 'log-scale']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# errorbar="sd" spreads mean +/- one standard deviation of the replicates at each concentration
sns.lineplot(
    data=assay,
    x="concentration",
    y="response",
    errorbar="sd",
    err_style="bars",
    marker="o",
    ax=ax,
)
ax.set_xscale("log")
ax.set(xlabel="concentration", ylabel="response", title="Dose-response")
