import pandas as pd

valid_sizes = ["XS", "S", "M", "L", "XL"]
raw_sizes = pd.Series(["M", "XL", "S", "M", "XXL", "L", "s"])
# blank out unknown sizes first: casting them straight to the dtype is deprecated
size_order = pd.CategoricalDtype(valid_sizes, ordered=True)
sizes = raw_sizes.where(raw_sizes.isin(valid_sizes)).astype(size_order)
size_counts = sizes.value_counts().reindex(size_order.categories, fill_value=0)
largest = sizes.max()
