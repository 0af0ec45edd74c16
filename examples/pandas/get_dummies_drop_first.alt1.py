import pandas as pd

categorical = ["site", "treatment"]
dummies = pd.get_dummies(trial[categorical], drop_first=True, dtype=int)
# keep the other columns and put the indicator columns after them
encoded = pd.concat([trial.drop(columns=categorical), dummies], axis=1)
