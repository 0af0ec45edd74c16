import pandas as pd

funnel = pd.CategoricalDtype(["view", "click", "purchase"], ordered=True)
stage = events["event"].astype(funnel)
deepest_stage = stage.groupby(events["user"]).max().sort_index()
