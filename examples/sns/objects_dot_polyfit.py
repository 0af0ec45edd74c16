# /// example
# task = """
# With the seaborn objects interface (`seaborn.objects`), plot `response` against `dose` from \
# the DataFrame `trial` coloured by `treatment`: semi-transparent dots plus a straight-line fit \
# per treatment with two or more distinct doses (`so.Line()` with `so.PolyFit(order=1)`), with \
# the axis labels "Dose (mg)" and "Response", the legend title "Treatment" and a plot title set \
# through `.label(...)`, drawn onto `fig, ax` with `.on(ax)`."""
# prompt = """
# With the seaborn objects interface, plot `response` against `dose` from the DataFrame `trial` \
# coloured by `treatment`: semi-transparent dots plus a straight-line (order-1 polynomial) fit \
# per treatment, which only appears for treatments with at least two distinct doses. Set the axis \
# labels "Dose (mg)" and "Response", the legend title "Treatment" and a plot title through the \
# plot's labels, and render it onto my existing `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     # a fitted line per treatment with two or more distinct doses (PolyFit skips the others)
#     "len(ax.lines) == trial.groupby('treatment', observed=True)['dose'].nunique().gt(1).sum()",
#     'all(np.allclose(np.diff(ln.get_ydata(), 2), 0, atol=1e-9 * (1 + np.abs(ln.get_ydata()).max())) for ln in ax.lines)',
#     'len(ax.collections[0].get_offsets()) == len(trial)',
#     "figure_summary(fig).axes[0].xlabel == 'Dose (mg)' and figure_summary(fig).axes[0].ylabel == 'Response' and figure_summary(fig).axes[0].title != ''",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).legend_labels))",
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'curve-fitting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 4))
(
    # seaborn.objects matches rows by index label: hand it a unique index
    so.Plot(trial.reset_index(drop=True), x="dose", y="response", color="treatment")
    .add(so.Dot(alpha=0.5))
    .add(so.Line(), so.PolyFit(order=1))
    .label(x="Dose (mg)", y="Response", color="Treatment", title="Dose-response by treatment")
    .on(ax)
    .plot()
)
