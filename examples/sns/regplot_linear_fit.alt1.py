import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
sns.regplot(
    x=x,
    y=y,
    ci=95,
    ax=ax,
    scatter_kws={"s": 12, "color": "grey"},
    line_kws={"color": "red"},
)
ax.set(xlabel="x", ylabel="y", title="Least-squares fit with 95% CI")
