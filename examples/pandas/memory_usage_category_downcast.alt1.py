import pandas as pd

compact = trial.astype({"dose": "float32", "response": "float32"})
compact["age"] = pd.to_numeric(compact["age"], downcast="integer")

# same frame, but the two label columns as ordinary Python strings
as_strings = compact.astype({"site": object, "treatment": object})

bytes_compact = int(compact.memory_usage(deep=True).sum())
bytes_strings = int(as_strings.memory_usage(deep=True).sum())
