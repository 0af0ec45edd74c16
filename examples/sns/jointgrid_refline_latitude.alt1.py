import seaborn as sns

grid = sns.JointGrid(data=stations, x="lat", y="temperature")
sns.scatterplot(data=stations, x="lat", y="temperature", ax=grid.ax_joint)
sns.histplot(data=stations, x="lat", bins=15, ax=grid.ax_marg_x)
sns.histplot(data=stations, y="temperature", bins=15, ax=grid.ax_marg_y)
grid.refline(x=0.0, y=stations["temperature"].mean(), linestyle="--")
grid.set_axis_labels(xlabel="latitude (deg)", ylabel="temperature (C)")
