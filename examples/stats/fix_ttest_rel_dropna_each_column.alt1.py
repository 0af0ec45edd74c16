import numpy as np
import pandas as pd
import scipy.stats as st

visits = pd.DataFrame(
    {
        "before": [142, 150, np.nan, 138, 160, 155, 147, 151],
        "after": [135, 144, 139, np.nan, np.nan, 149, 140, 146],
    }
)
# nan_policy="omit" drops the pairs with a missing reading on either side
result = st.ttest_rel(visits["before"], visits["after"], nan_policy="omit")
t_stat, p_value = result.statistic, result.pvalue
n_pairs = int(visits.notna().all(axis=1).sum())
