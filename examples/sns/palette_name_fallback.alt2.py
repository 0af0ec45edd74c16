import matplotlib.pyplot as plt
import seaborn as sns

palette_name = "not-a-palette"
# the sites in the order they first appear in the data
sites = list(dict.fromkeys(trial["site"].astype(str)))

try:
    palette = sns.color_palette(palette_name, len(sites))
except ValueError as exc:
    palette_error = exc
    palette = sns.color_palette("deep", len(sites))

fig, ax = plt.subplots(figsize=(5, 4))
sns.countplot(
    x=trial["site"].astype(str),
    hue=trial["site"].astype(str),
    order=sites,
    hue_order=sites,
    palette=palette,
    legend=False,
    ax=ax,
)
ax.set(xlabel="Site", ylabel="Participants", title="Participants per site")
