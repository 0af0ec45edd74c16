import pandas as pd

categorical = ["q1", "group"]
dummies = pd.get_dummies(likert[categorical], drop_first=True, dtype=int)
# keep the other columns and put the indicator columns after them
encoded = pd.concat([likert.drop(columns=categorical), dummies], axis=1)
