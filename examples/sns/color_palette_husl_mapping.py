# /// example
# task = """
# Build a dict `palette` mapping each `site` that occurs in the DataFrame `trial` to a colour \
# from `sns.color_palette("husl", n_colors=<number of sites>)` and use it in a seaborn scatter \
# plot of `response` against `age` coloured by site on `fig, ax`, with those sites as the hue \
# order; label the x axis "Age (years)" and the y axis "Response", add a title and a legend \
# titled "Site"."""
# prompt = """
# Build a dict `palette` that maps each `site` actually occurring in my DataFrame `trial` to a \
# colour from seaborn's "husl" palette with as many colours as there are sites, and use it for a \
# seaborn scatter plot of `response` against `age` coloured by site on `fig, ax`, with those \
# sites as the hue order. Label x "Age (years)" and y "Response", add a title and a legend titled \
# "Site"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     "set(palette) == set(trial['site'].dropna().unique()) and len(set(palette.values())) == len(palette)",
#     "np.allclose(ax.collections[0].get_facecolors()[:, :3], [palette[s] for s in trial['site']])",
#     "ax.get_legend().get_title().get_text() == 'Site'",
#     'sorted(figure_summary(fig).axes[0].legend_labels) == sorted(str(s) for s in palette)',
#     "figure_summary(fig).axes[0].xlabel == 'Age (years)' and figure_summary(fig).axes[0].ylabel == 'Response'",
# ]
# difficulty = 'basic'
# tags = ['colormap', 'scatter-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

sites = sorted(trial["site"].dropna().unique())
palette = dict(zip(sites, sns.color_palette("husl", n_colors=len(sites)), strict=True))
fig, ax = plt.subplots(figsize=(6, 4))
# hue_order: the levels the palette covers (a categorical column may declare more)
sns.scatterplot(
    data=trial, x="age", y="response", hue="site", hue_order=sites, palette=palette, ax=ax
)
ax.set(xlabel="Age (years)", ylabel="Response", title="Response vs age by site")
ax.get_legend().set_title("Site")
