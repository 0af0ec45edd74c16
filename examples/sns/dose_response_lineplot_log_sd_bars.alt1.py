import matplotlib.pyplot as plt
import seaborn as sns

fig = plt.figure()
ax = fig.add_subplot(1, 1, 1)
sns.lineplot(
    x=assay["concentration"],
    y=assay["response"],
    estimator="mean",
    errorbar=("sd", 1),
    err_style="bars",
    marker="o",
    ax=ax,
)
ax.set_xscale("log")
ax.set_xlabel("concentration")
ax.set_ylabel("response")
ax.set_title("Dose-response")
