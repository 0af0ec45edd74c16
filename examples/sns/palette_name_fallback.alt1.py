import matplotlib.pyplot as plt
import seaborn as sns

palette_name = "not-a-palette"
sites = trial["site"].cat.remove_unused_categories().cat.categories.tolist()

palette_error = None
try:
    palette = sns.color_palette(palette_name, n_colors=len(sites))
except ValueError as err:
    palette_error = err
    palette = sns.color_palette("deep", n_colors=len(sites))

fig, ax = plt.subplots()
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
ax.set_xlabel("Site")
ax.set_ylabel("Participants")
ax.set_title("Participants per site")
