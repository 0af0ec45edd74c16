import pandas as pd

edges = [18, 40, 60, 120]
labels = ["18-39", "40-59", "60+"]
with_groups = trial.assign(age_group=pd.cut(trial["age"], edges, right=False, labels=labels))
by_age_group = with_groups.groupby("age_group", observed=True)["response"].mean()
