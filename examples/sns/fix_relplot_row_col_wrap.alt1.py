import seaborn as sns

grid = sns.FacetGrid(rm_long, col="condition", col_wrap=2, height=3)
grid.map_dataframe(sns.lineplot, x="time", y="score", errorbar="sd")
fig = grid.figure
