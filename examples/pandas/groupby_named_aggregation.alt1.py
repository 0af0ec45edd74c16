import pandas as pd

summary = trial.groupby("site", observed=True).agg(
    mean_response=pd.NamedAgg(column="response", aggfunc="mean"),
    n_patients=pd.NamedAgg(column="response", aggfunc="size"),
    max_dose=pd.NamedAgg(column="dose", aggfunc="max"),
)
