import numpy as np
import pandas as pd

supplier_a = pd.DataFrame(
    {"bolt": [0.12, 0.11, np.nan], "nut": [0.05, np.nan, 0.06]}, index=["jan", "feb", "mar"]
)
supplier_b = pd.DataFrame(
    {"bolt": [0.10, 0.13, 0.12], "nut": [0.07, 0.04, np.nan]}, index=["jan", "feb", "mar"]
)
best_price = pd.concat([supplier_a, supplier_b]).groupby(level=0, sort=False).min()
