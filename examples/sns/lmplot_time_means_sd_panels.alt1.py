import numpy as np
import seaborn as sns

grid = sns.lmplot(
    rm_long, x="time", y="score", col="condition", x_estimator=np.mean, x_ci="sd", ci=None
)
grid.set_titles(col_template="{col_name}")
grid.set(xlabel="time", ylabel="score")
fig = grid.figure
