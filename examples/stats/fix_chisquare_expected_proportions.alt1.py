import pandas as pd
import scipy.stats

plan = pd.Series({"north": 0.4, "south": 0.3, "east": 0.3})
counts = df["site"].value_counts().reindex(plan.index, fill_value=0)
result = scipy.stats.chisquare(counts.to_numpy(), f_exp=plan.to_numpy() * counts.sum())
