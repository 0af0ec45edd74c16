import pandas as pd

actual = ["cat", "dog", "bird", "cat", "dog", "cat", "bird", "dog", "cat", "bird"]
predicted = ["cat", "cat", "bird", "cat", "dog", "dog", "dog", "dog", "cat", "bird"]
order = ["cat", "dog", "bird"]

table = pd.crosstab(pd.Series(actual, name="actual"), pd.Series(predicted, name="predicted"))
# reindex puts the classes in the wanted order and adds any class never predicted as zeros
table = table.reindex(index=order, columns=order, fill_value=0)
counts = table.to_numpy()
row_share = table.div(table.sum(axis=1), axis=0).to_numpy()
