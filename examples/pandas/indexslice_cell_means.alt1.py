import pandas as pd

# pivot_table sorts its row index
cell_stats = rm_long.pivot_table(
    index=["time", "condition"], values="score", aggfunc=["mean", "std"], observed=True
)
cell_stats.columns = ["mean", "std"]
idx = pd.IndexSlice
high_stats = cell_stats.loc[idx[:, "high"], :]
