import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns
from scipy import stats


def scatter_with_fit(data, color=None, **kws):
    ax = plt.gca()
    ax.scatter(data["dose"], data["response"], color=color, s=15, alpha=0.7)
    dose = data["dose"].to_numpy()
    if np.unique(dose).size >= 2 and np.var(dose) > 0:
        fit = stats.linregress(dose, data["response"].to_numpy())
        xs = np.array([dose.min(), dose.max()])
        ax.plot(xs, fit.intercept + fit.slope * xs, color="black")
        ax.text(0.05, 0.95, f"slope = {fit.slope:.2f}", transform=ax.transAxes, va="top", ha="left")


g = sns.FacetGrid(trial, col="site", height=3.5)
g.map_dataframe(scatter_with_fit)
g.set_axis_labels("Dose (mg)", "Response")
g.set_titles(col_template="{col_name}")
