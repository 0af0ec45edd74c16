import pandas as pd

labels = ["Q1", "Q2", "Q3", "Q4"]
# ranks are all distinct, so the quartile edges never repeat
response_rank = trial["response"].rank(method="first")
trial["quartile"] = pd.qcut(response_rank, q=4, labels=labels)

# observed=False keeps every label, in category order, even if one were empty
quartile_counts = trial.groupby("quartile", observed=False).size()
