# /// example
# task = """
# Compare mean `response` between the "control" and "drug" arms of the DataFrame `trial`: \
# compute Cohen's d (drug minus control, pooled standard deviation) in `cohens_d` (NaN when the \
# pooled standard deviation is zero or undefined), draw a seaborn `barplot` of the two means \
# with 95% bootstrap confidence intervals (`seed=0`, capped) on `fig, ax`, and draw a bracket \
# joining the two bars above the bars and error bars, labelled "d = <value>" (two decimals); \
# label the x axis "Treatment" and the y axis "Mean response (95% CI)" and add a title."""
# prompt = """
# My DataFrame `trial` has a `response` column and a `treatment` column with arms "control" and \
# "drug". Compute Cohen's d (drug minus control, over the pooled standard deviation on n1 + n2 - \
# 2 degrees of freedom, ignoring missing responses) in `cohens_d`, NaN when the pooled SD is zero \
# or undefined. Then draw a seaborn bar plot of the two arm means (control, then drug) with \
# capped 95% bootstrap confidence intervals (seed=0) on `fig, ax`, plus a bracket line joining \
# the two bars (x = 0, 0, 1, 1) sitting above the bars and error bars, labelled "d = <value>" \
# with two decimals as the only text; label the x axis "Treatment" and the y axis "Mean response \
# (95% CI)" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     # d from the pooled SD; NaN where that is zero or undefined (fewer than three responses)
#     "(lambda c, d: (lambda sd: np.isnan(cohens_d) if not sd > 0 else np.isclose(cohens_d, (d.mean() - c.mean()) / sd))(np.sqrt((len(c) * c.var(ddof=0) + len(d) * d.var(ddof=0)) / (len(c) + len(d) - 2)) if len(c) + len(d) > 2 else np.nan))(trial.loc[trial['treatment'] == 'control', 'response'].dropna(), trial.loc[trial['treatment'] == 'drug', 'response'].dropna())",
#     'any(list(ln.get_xdata()) == [0, 0, 1, 1] and min(ln.get_ydata()) > np.nanmax([p.get_height() for p in ax.patches] + [y for l in ax.lines if l is not ln for y in l.get_ydata()]) for ln in ax.lines)',
#     "[t.get_text() for t in ax.texts] == [f'd = {cohens_d:.2f}']",
#     "np.allclose([p.get_height() for p in ax.patches], [trial.loc[trial['treatment'] == t, 'response'].mean() for t in ['control', 'drug']])",
#     "figure_summary(fig).axes[0].xlabel == 'Treatment' and figure_summary(fig).axes[0].ylabel == 'Mean response (95% CI)'",
# ]
# difficulty = 'advanced'
# tags = ['bar-chart', 'annotation', 'effect-size']
# [edge_cases]
# one_level = false
# min_size = 2
# why = 'the task compares the two arms: both treatments must occur (two levels, two or more rows)'
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

control = trial.loc[trial["treatment"] == "control", "response"].dropna()
drug = trial.loc[trial["treatment"] == "drug", "response"].dropna()
n1, n2 = len(control), len(drug)
# pooled SD on n1 + n2 - 2 degrees of freedom; n * var(ddof=0) is an arm's sum of squares
# (zero for an arm with a single observation, where var() would be NaN)
dof = n1 + n2 - 2
pooled_sd = np.sqrt((n1 * control.var(ddof=0) + n2 * drug.var(ddof=0)) / dof) if dof > 0 else np.nan
# d is undefined when the responses do not vary within the arms
cohens_d = (drug.mean() - control.mean()) / pooled_sd if pooled_sd > 0 else np.nan

fig, ax = plt.subplots(figsize=(4, 5))
sns.barplot(
    data=trial,
    x="treatment",
    y="response",
    order=["control", "drug"],
    errorbar=("ci", 95),
    seed=0,
    capsize=0.2,
    ax=ax,
)
# the highest bar or error bar (an arm with a single observation has an all-NaN error bar)
top = np.nanmax(
    [bar.get_height() for bar in ax.patches] + [y for line in ax.lines for y in line.get_ydata()]
)
step = 0.05 * (ax.get_ylim()[1] - ax.get_ylim()[0])
# bracket from bar 0 to bar 1 (categorical x positions), just above it
ax.plot(
    [0, 0, 1, 1],
    [top + step, top + 2 * step, top + 2 * step, top + step],
    color="black",
    linewidth=1,
)
ax.text(0.5, top + 2.2 * step, f"d = {cohens_d:.2f}", ha="center", va="bottom")
ax.set(xlabel="Treatment", ylabel="Mean response (95% CI)", title="Drug vs control")
