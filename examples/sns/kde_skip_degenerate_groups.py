# /// example
# task = """
# Draw one seaborn KDE curve of `response` per `site` of the DataFrame `trial` on `fig, ax`, \
# labelled with the site name, but skip groups whose density cannot be estimated (fewer than two \
# distinct non-missing values, or values so close that their variance is 0 in floating point), \
# listing their names in `skipped`; label the axes, add a title and, when at least one curve was \
# drawn, a legend titled "Site"."""
# prompt = """
# I want one seaborn KDE curve of `response` per `site` of the DataFrame `trial` on `fig, ax`, \
# each labelled with the site name, but skipping groups whose density can't be estimated (fewer \
# than two distinct non-missing values, or values so close their variance is 0 in floating point) \
# and listing their names in `skipped`. Label the axes, add a title and, when at least one curve \
# was drawn, a legend titled "Site" (no legend otherwise)."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     "len(ax.lines) + len(skipped) == trial['site'].nunique()",
#     "sorted(skipped) == sorted(s for s, g in trial.groupby('site', observed=True) if g['response'].nunique() < 2 or g['response'].var() == 0)",
#     "sorted(figure_summary(fig).axes[0].legend_labels) == sorted(str(s) for s, g in trial.groupby('site', observed=True) if g['response'].nunique() >= 2 and g['response'].var() > 0)",
#     "ax.get_legend().get_title().get_text() == 'Site' if ax.lines else ax.get_legend() is None",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'density-estimation', 'groupby']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
skipped = []
for site, group in trial.groupby("site", observed=True):
    responses = group["response"].dropna()
    # a KDE of a constant or single value is undefined: seaborn would only warn and draw nothing
    if responses.nunique() < 2 or responses.var() == 0:
        skipped.append(site)
        continue
    sns.kdeplot(x=responses, label=str(site), ax=ax)
ax.set(xlabel="Response", ylabel="Density", title="Response density by site")
if ax.lines:  # every site may have been skipped: then there is nothing to list
    ax.legend(title="Site")
