# /// example
# task = """
# Bin `age` in `trial` into the labelled groups `18-39`, `40-59` and `60+` with `pd.cut` \
# (left-closed edges 18, 40, 60, 120; ages outside them fall in no group and are left out), then \
# compute the mean `response` per age group into `by_age_group`, grouping by the binned \
# categorical with `observed=True`."""
# prompt = """
# Bin the `age` of `trial` into the groups "18-39", "40-59" and "60+" using left-closed bins with \
# edges 18, 40, 60 and 120 (ages outside fall in no group and are left out), then compute the \
# mean `response` per age group into `by_age_group`, keeping only groups that actually occur \
# (observed=True)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'set(by_age_group.index) <= {"18-39", "40-59", "60+"}',
#     'len(by_age_group) == pd.cut(trial["age"], [18, 40, 60, 120], right=False).nunique()',
#     'np.isclose(by_age_group.get("60+", np.nan), trial.loc[trial["age"].between(60, 119), "response"].mean(), equal_nan=True)',
#     'np.isclose(by_age_group.get("18-39", np.nan), trial.loc[trial["age"].between(18, 39), "response"].mean(), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['binning', 'groupby', 'categorical']
# edge_cases = true
# ///
import pandas as pd

# right=False makes the bins [18, 40), [40, 60) and [60, 120), so a 40-year-old falls in 40-59
age_group = pd.cut(
    trial["age"], bins=[18, 40, 60, 120], right=False, labels=["18-39", "40-59", "60+"]
)
by_age_group = trial.groupby(age_group, observed=True)["response"].mean()
