# /// example
# task = """
# Write a plotting function `scatter_with_fit(data, color=None, **kws)` that draws `response` \
# against `dose` on the current axes and, when the panel's doses vary (two or more distinct \
# values, with a nonzero variance), overlays its least-squares line and writes "slope = <value>" \
# (two decimals) in the top-left corner; map it over a seaborn `FacetGrid` `g` of the DataFrame \
# `trial` with one column per `site` via `g.map_dataframe`, then label the axes "Dose (mg)" and \
# "Response" and title the panels with the site names."""
# prompt = """
# Write a plotting function `scatter_with_fit(data, color=None, **kws)` that scatters `response` \
# against `dose` on the current axes and, when the panel's doses vary (two or more distinct \
# values with a nonzero variance), overlays the least-squares line and writes "slope = <value>" \
# (two decimals) in the top-left corner as the panel's only text. Map it over a seaborn FacetGrid \
# `g` of my DataFrame `trial` with one column per `site`, passing each panel's sub-DataFrame, \
# then label the axes "Dose (mg)" and "Response" and title the panels with just the site names."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     # a slope label in each panel whose doses vary, none elsewhere
#     "all(len(ax.texts) == (lambda d: d.nunique() > 1 and d.var() > 0)(trial.loc[trial['site'] == site, 'dose']) and all(t.get_text().startswith('slope = ') for t in ax.texts) for site, ax in g.axes_dict.items())",
#     "all(np.isclose(float(ax.texts[0].get_text().split('=')[1]), np.polyfit(trial.loc[trial['site'] == site, 'dose'], trial.loc[trial['site'] == site, 'response'], 1)[0], atol=0.006) for site, ax in g.axes_dict.items() if ax.texts)",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['site'].dropna().astype(str)) <= set(shown) <= set(trial['site'].cat.categories.astype(str)))(list(figure_summary(g.figure).titles))",
#     "figure_summary(g.figure).axes[0].xlabel == 'Dose (mg)'",
#     # each labelled panel draws its fitted line: points on the least-squares line over more than one dose
#     "all((lambda d: any(len(ln.get_xydata()) >= 2 and np.ptp(ln.get_xydata()[:, 0]) > 0 and np.allclose(ln.get_xydata()[:, 1], np.polyval(np.polyfit(d['dose'], d['response'], 1), ln.get_xydata()[:, 0]), rtol=1e-4, atol=1e-6 * (1 + np.abs(d['response']).max())) for ln in ax.lines))(trial[trial['site'] == site]) for site, ax in g.axes_dict.items() if ax.texts)",
# ]
# difficulty = 'advanced'
# tags = ['facets', 'regression']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def scatter_with_fit(data, color=None, **kws):
    ax = plt.gca()  # FacetGrid makes each facet current before calling
    ax.scatter(data["dose"], data["response"], s=12, alpha=0.6, color=color)
    if data["dose"].nunique() < 2 or data["dose"].var() == 0:
        return  # one dose (or doses too close for their variance to register) fits no slope
    slope, intercept = np.polyfit(data["dose"], data["response"], 1)
    xs = np.linspace(data["dose"].min(), data["dose"].max(), 50)
    ax.plot(xs, intercept + slope * xs, color=color)
    ax.text(0.05, 0.9, f"slope = {slope:.2f}", transform=ax.transAxes)


g = sns.FacetGrid(trial, col="site", height=3)
g.map_dataframe(scatter_with_fit)
g.set_axis_labels("Dose (mg)", "Response")
g.set_titles("{col_name}")
