import pandas as pd

keys = ["site", "treatment"]
middle = len(trial) // 2


def cell_means(part):
    return part.groupby(keys, observed=True, as_index=False)["response"].mean()


first_half = cell_means(trial.iloc[:middle])
second_half = cell_means(trial.iloc[middle:])

halves = pd.merge(first_half, second_half, on=keys, how="inner", suffixes=("_first", "_second"))
halves["change"] = halves["response_second"] - halves["response_first"]
