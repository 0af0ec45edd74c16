import pandas as pd

label = dose_response["concentration"].map("{:.3g} uM".format, na_action="ignore")
order = pd.Series(label.to_numpy(), index=dose_response["concentration"].to_numpy())
order = order[order.notna()].sort_index(kind="stable")
categories = pd.unique(order.to_numpy())
dose_response["dose_label"] = label.astype(pd.CategoricalDtype(list(categories), ordered=True))
