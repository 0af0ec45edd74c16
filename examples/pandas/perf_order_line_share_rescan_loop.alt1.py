import numpy as np

values = (orders["quantity"] * orders["unit_price"]).to_numpy()
codes, uniques = orders["order_id"].factorize()
totals = np.bincount(codes, weights=values)
line_share = values / totals[codes]
