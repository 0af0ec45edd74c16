import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

control = trial.loc[trial["treatment"] == "control", "response"].to_numpy()
drug = trial.loc[trial["treatment"] == "drug", "response"].to_numpy()


def cohens_d_pooled(x, y):
    """Cohen's d of y minus x with the pooled SD; NaN when that SD is zero or undefined."""
    dof = len(x) + len(y) - 2
    if dof <= 0:
        return np.nan
    ss = ((x - x.mean()) ** 2).sum() + ((y - y.mean()) ** 2).sum()
    pooled_sd = np.sqrt(ss / dof)
    return (y.mean() - x.mean()) / pooled_sd if pooled_sd > 0 else np.nan


cohens_d = cohens_d_pooled(control, drug)

fig, ax = plt.subplots(figsize=(5, 4))
sns.barplot(
    data=trial,
    x="treatment",
    y="response",
    order=["control", "drug"],
    errorbar=("ci", 95),
    seed=0,
    capsize=0.2,
    ax=ax,
)
# the bracket starts above the highest bar top or error-bar end
tops = [p.get_height() for p in ax.patches]
tops += [np.nanmax(line.get_ydata()) for line in ax.lines if np.isfinite(line.get_ydata()).any()]
y0 = max(max(tops), 0)
span = np.ptp(ax.get_ylim())
rise = 0.05 * span
ax.plot(
    [0, 0, 1, 1], [y0 + rise, y0 + 2 * rise, y0 + 2 * rise, y0 + rise], color="black", linewidth=1
)
ax.text(0.5, y0 + 2.2 * rise, f"d = {cohens_d:.2f}", ha="center", va="bottom")
ax.set_xlabel("Treatment")
ax.set_ylabel("Mean response (95% CI)")
ax.set_title("Drug vs control")
