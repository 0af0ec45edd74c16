import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 5))
sns.kdeplot(
    x=measurements["temperature"],
    y=measurements["pressure"],
    fill=True,
    levels=6,
    thresh=0.05,
    cmap="mako",
    warn_singular=False,
    ax=ax,
)
sns.scatterplot(
    x=measurements["temperature"], y=measurements["pressure"], color="black", s=8, ax=ax
)
ax.set_xlabel("Temperature")
ax.set_ylabel("Pressure")
ax.set_title("Joint density of pressure and temperature")
