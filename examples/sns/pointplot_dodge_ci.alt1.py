import matplotlib.pyplot as plt
import seaborn as sns

# dodging only makes sense with at least two treatments in the data
n_treatments = trial["treatment"].nunique()

fig, ax = plt.subplots(figsize=(6, 4))
sns.pointplot(
    data=trial,
    x="site",
    y="response",
    hue="treatment",
    errorbar=("ci", 95),
    seed=0,
    capsize=0.15,
    dodge=0.3 if n_treatments >= 2 else False,
    markers=["o", "s"],
    linestyles=["-", "--"],
    ax=ax,
)
ax.set_xlabel("Site")
ax.set_ylabel("Mean response")
ax.set_title("Mean response per site and treatment")
