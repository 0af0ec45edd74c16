import numpy as np
import pandas as pd

months = [col for col in sales_wide.columns if col != "store" and col[:4].isdigit()]
wide = sales_wide.sort_values("store")
values = wide[months].to_numpy(dtype=float)
sales_long = pd.DataFrame(
    {
        "store": np.repeat(wide["store"].to_numpy(), len(months)),
        "month": np.tile(pd.to_datetime(months, format="%Y-%m"), len(wide)),
        "sales": values.ravel(),
    }
)
before = np.full_like(values, np.nan)
before[:, 1:] = values[:, :-1]
before[before <= 0] = np.nan
sales_long["growth"] = (values / before - 1).ravel()
