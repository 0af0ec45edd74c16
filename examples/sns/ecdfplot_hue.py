# /// example
# task = """
# Draw the empirical cumulative distribution of the follow-up `time` for each `group` of the \
# survival table `survival` with seaborn `ecdfplot` on `fig, ax`; label the axes "Time (months)" \
# and "Proportion ≤ x" and add a title."""
# prompt = """
# Plot the empirical cumulative distribution of the follow-up `time` for each `group` in my \
# survival table `survival` with seaborn on `fig, ax`, one curve per group with a legend; label \
# the axes "Time (months)" and "Proportion ≤ x" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { survival = 'survival' }
# checks = [
#     "figure_summary(fig).axes[0].n_lines == survival.dropna(subset=['time'])['group'].nunique()",
#     'all(np.isclose(ln.get_ydata().max(), 1.0) and ln.get_ydata().min() == 0 for ln in ax.lines)',
#     "(lambda shown: len(shown) == len(set(shown)) and set(survival.dropna(subset=['time'])['group'].astype(str)) <= set(shown) <= set(survival['group'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "sorted(np.unique(np.concatenate([np.asarray(ln.get_xdata(), dtype=float) for ln in ax.lines]))[np.isfinite(np.unique(np.concatenate([np.asarray(ln.get_xdata(), dtype=float) for ln in ax.lines])))].tolist()) == sorted(np.unique(survival['time'].dropna()).tolist())",
#     "figure_summary(fig).axes[0].xlabel == 'Time (months)' and figure_summary(fig).axes[0].ylabel == 'Proportion ≤ x'",
# ]
# difficulty = 'basic'
# tags = ['ecdf', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# each group's curve is normalised to its own size, so groups of different n compare directly
sns.ecdfplot(data=survival, x="time", hue="group", ax=ax)
ax.set(xlabel="Time (months)", ylabel="Proportion ≤ x", title="ECDF of follow-up time by group")
