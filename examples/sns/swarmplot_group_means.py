# /// example
# task = """
# Combine the three samples `a`, `b` and `c` into a long DataFrame `samples` with columns \
# `group` ("A", "B", "C") and `value`, draw them as a seaborn `swarmplot` on `fig, ax` and \
# overlay each group's mean as a wide black dash (a `pointplot` without error bars or connecting \
# lines); label the x axis "Group" and the y axis "Value" and add a title."""
# prompt = """
# Combine my three samples `a`, `b` and `c` into a long DataFrame `samples` with columns `group` \
# ("A", "B", "C") and `value`, draw them as a seaborn swarm plot on `fig, ax`, and overlay each \
# group's mean as a wide black dash (a point plot with no error bars and no connecting lines). \
# Label the x axis "Group" and the y axis "Value" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     "len(samples) == len(a) + len(b) + len(c) and set(samples['group']) == {'A', 'B', 'C'}",
#     'sum(len(col.get_offsets()) for col in ax.collections) == len(samples)',
#     'any(np.allclose(ln.get_ydata(), [np.mean(a), np.mean(b), np.mean(c)]) for ln in ax.lines)',
#     # no error bars: no vertical segment of some length among the lines
#     'not any(np.ptp(np.asarray(ln.get_xdata(), float)) == 0 and np.ptp(np.asarray(ln.get_ydata(), float)) > 0 for ln in ax.lines if len(ln.get_xdata()) > 1)',
#     "figure_summary(fig).axes[0].xlabel == 'Group' and figure_summary(fig).axes[0].ylabel == 'Value' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['strip-plot', 'error-bars']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

samples = pd.concat(
    [
        pd.DataFrame({"group": name, "value": data})
        for name, data in {"A": a, "B": b, "C": c}.items()
    ],
    ignore_index=True,
)
fig, ax = plt.subplots(figsize=(5, 4))
# hue=group gives each group its own colour; legend=False drops a legend repeating the x labels
sns.swarmplot(data=samples, x="group", y="value", hue="group", size=4, legend=False, ax=ax)
sns.pointplot(
    data=samples,
    x="group",
    y="value",
    # the mean is pointplot's default estimator; no error bar and no joining line leave a bare mark
    errorbar=None,
    linestyle="none",
    marker="_",
    markersize=25,
    color="black",
    ax=ax,
)
ax.set(xlabel="Group", ylabel="Value", title="Samples with group means")
