# /// example
# task = """
# Draw the empirical cumulative distribution of `response` for each `site` of the DataFrame \
# `trial` with seaborn `ecdfplot` on `fig, ax`; label the axes "Response" and "Proportion ≤ x" \
# and add a title."""
# prompt = """
# Plot the empirical cumulative distribution of `response` for each `site` in my DataFrame \
# `trial` with seaborn on `fig, ax`, one curve per site with a legend; label the axes "Response" \
# and "Proportion ≤ x" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "figure_summary(fig).axes[0].n_lines == trial['site'].nunique()",
#     'all(np.isclose(ln.get_ydata().max(), 1.0) and ln.get_ydata().min() == 0 for ln in ax.lines)',
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['site'].dropna().astype(str)) <= set(shown) <= set(trial['site'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "figure_summary(fig).axes[0].ylabel == 'Proportion ≤ x'",
# ]
# difficulty = 'basic'
# tags = ['ecdf', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.ecdfplot(data=trial, x="response", hue="site", ax=ax)
ax.set(xlabel="Response", ylabel="Proportion ≤ x", title="ECDF of response by site")
