# /// example
# task = """
# A palette name `palette_name = "not-a-palette"` comes from a user's settings. Try to build a \
# palette with one colour per `site` that occurs in the DataFrame `trial` from it with \
# `sns.color_palette`; when seaborn rejects the name, keep the `ValueError` in `palette_error` \
# and fall back to the "deep" palette. Store the colours in `palette` and use them in a seaborn \
# `countplot` of `site` (hue `site`, no legend, the occurring sites as both the bar order and \
# the hue order) on `fig, ax`; label the x axis "Site" and the y axis "Participants" and add a \
# title."""
# prompt = """
# A palette name comes from a user's settings: `palette_name = "not-a-palette"`. Try to build a \
# palette from it with seaborn (imported as `sns`) with one colour per `site` occurring in my \
# DataFrame `trial`; when seaborn rejects the name, keep the `ValueError` itself in \
# `palette_error` and fall back to the "deep" palette. Store the colours in `palette` and use \
# them in a seaborn count plot of `site` (coloured by site, no legend, the occurring sites as \
# both bar order and hue order) on `fig, ax`; label the x axis "Site" and the y axis \
# "Participants" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     'isinstance(palette_error, ValueError)',
#     "len(palette) == trial['site'].nunique()",
#     "np.allclose(palette, sns.color_palette('deep', n_colors=trial['site'].nunique()))",
#     "len({tuple(np.round(b.get_facecolor(), 4)) for bars in ax.containers for b in bars}) == trial['site'].nunique()",
#     # one bar slot per occurring site (a categorical may declare sites that never occur)
#     "sorted(t.get_text() for t in ax.get_xticklabels()) == sorted(trial['site'].dropna().astype(str).unique())",
#     "figure_summary(fig).axes[0].xlabel == 'Site' and figure_summary(fig).axes[0].ylabel == 'Participants'",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'colormap', 'counting', 'bar-chart']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

palette_name = "not-a-palette"
sites = sorted(trial["site"].dropna().unique())
try:
    palette = sns.color_palette(palette_name, n_colors=len(sites))
    palette_error = None
except ValueError as exc:
    palette_error = exc
    palette = sns.color_palette("deep", n_colors=len(sites))
fig, ax = plt.subplots(figsize=(5, 4))
# order and hue_order: one bar and one colour per listed site (a categorical may declare more levels)
sns.countplot(
    data=trial,
    x="site",
    hue="site",
    order=sites,
    hue_order=sites,
    palette=palette,
    legend=False,
    ax=ax,
)
ax.set(xlabel="Site", ylabel="Participants", title="Participants per site")
