import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(7, 4))
sns.violinplot(
    x=trial["site"],
    y=trial["response"],
    hue=trial["treatment"],
    split=True,
    inner="stick",
    cut=0,
    palette="pastel",
    ax=ax,
)
ax.set_xlabel("Site")
ax.set_ylabel("Response")
ax.set_title("Response by site and treatment")
