import pandas as pd

items = [f"q{i}" for i in range(1, 6)]
numeric = survey[items].astype("int64")
agree = numeric.isin([4, 5]).astype(float)
agree["group"] = survey["group"]
agree_share = agree.pivot_table(
    index="group", values=items, aggfunc="mean", observed=False, dropna=False
).reindex(index=pd.Index(["staff", "student"]), columns=items)
