from scipy.stats import kendalltau

age = survey["age"].to_numpy(dtype=float)
hours = survey["hours"].to_numpy(dtype=float)
complete = ~(survey["age"].isna() | survey["hours"].isna()).to_numpy()
if complete.sum() < 2:
    raise ValueError(f"need at least two complete (age, hours) pairs, got {complete.sum()}")
result = kendalltau(age, hours, nan_policy="omit")
