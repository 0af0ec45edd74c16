import pandas as pd

age_group = pd.cut(
    trial["age"],
    bins=[18, 40, 60, 120],
    right=False,  # [18, 40), [40, 60), [60, 120)
    labels=["18-39", "40-59", "60+"],
)
# rows with an age outside the bins get NaN and drop out of the groups
by_age_group = trial["response"].groupby(age_group, observed=True).mean()
