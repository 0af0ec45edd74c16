import numpy as np
import seaborn as sns

variables = ["income", "score", "hours"]
g = sns.PairGrid(survey, vars=variables, diag_sharey=False)
# upper triangle drawn panel by panel: row i is the y variable, column j the x variable
# (matplotlib leaves out points with a missing coordinate)
for i, j in zip(*np.triu_indices_from(g.axes, k=1), strict=True):
    g.axes[i, j].scatter(survey[variables[j]], survey[variables[i]], s=10, alpha=0.6)
g.map_lower(sns.kdeplot, fill=True, warn_singular=False)
g.map_diag(sns.histplot, kde=True)
g.figure.suptitle("Survey variables", y=1.02)
