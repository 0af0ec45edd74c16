import pandas as pd

reviews = pd.Series(docs, dtype="string")
starts_known = reviews.str.match(r"This|Our new").astype(bool)
