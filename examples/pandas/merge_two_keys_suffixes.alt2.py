keys = ["site", "treatment"]
# an odd number of patients puts the middle one in the second half
cut = len(trial) // 2
first_half = trial.iloc[:cut].groupby(keys, observed=True)["response"].mean()
second_half = trial.iloc[cut:].groupby(keys, observed=True)["response"].mean()

halves = (
    first_half.reset_index()
    .merge(second_half.reset_index(), on=keys, suffixes=("_first", "_second"))  # inner by default
    .assign(change=lambda df: df["response_second"] - df["response_first"])
)
