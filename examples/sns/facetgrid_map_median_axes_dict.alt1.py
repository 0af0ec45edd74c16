import seaborn as sns

grid = sns.FacetGrid(data=survival, col="group")
grid.map(sns.histplot, "time", bins=12)
medians = survival.groupby("group", observed=False)["time"].median()
for name, panel in grid.axes_dict.items():
    panel.axvline(medians[name], linestyle="--", color="gray")
grid.set_xlabels("time (months)")
grid.set_ylabels("patients")
