import pandas as pd

compact = trial.copy()
for column in ["dose", "response"]:
    compact[column] = compact[column].astype("float32")
compact["age"] = pd.to_numeric(compact["age"], downcast="integer")  # e.g. int8 for ages 18-79

# the original table with the category labels written out as strings
as_strings = trial.astype({"site": str, "treatment": str})

bytes_compact = compact.memory_usage(deep=True).sum()
bytes_strings = as_strings.memory_usage(deep=True).sum()
