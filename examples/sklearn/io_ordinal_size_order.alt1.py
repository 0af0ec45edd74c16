import pandas as pd

shirts = pd.DataFrame({"size": ["S", "L", "M", "S"]})
size_type = pd.CategoricalDtype(["S", "M", "L"], ordered=True)
size_codes = shirts["size"].astype(size_type).cat.codes.to_numpy(dtype=float).reshape(-1, 1)
