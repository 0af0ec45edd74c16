import pandas as pd

# pivot_table sorts its row index
cell_means = trial.pivot_table(
    index=["site", "treatment"], values=["dose", "response"], aggfunc="mean", observed=True
)
idx = pd.IndexSlice
drug_means = cell_means.loc[idx[:, "drug"], :]
