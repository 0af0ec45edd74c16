import numpy as np
from scipy.stats import kruskal

per_product = orders.groupby("product")["quantity"].apply(list)
if per_product.size >= 2 and orders["quantity"].nunique() > 1:
    result = kruskal(*per_product.tolist())
    h_stat, p_value = result.statistic, result.pvalue
else:
    # a single product or identical quantities leave nothing to compare
    h_stat = p_value = np.nan
