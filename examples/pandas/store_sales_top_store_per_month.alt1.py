import numpy as np
import pandas as pd

month_cols = [c for c in sales_wide.columns if c[:4] == "2024"]
values = sales_wide[month_cols].to_numpy(dtype=float)
best = values.argmax(axis=0)
col_total = values.sum(axis=0)
with np.errstate(invalid="ignore", divide="ignore"):
    share = np.where(col_total > 0, values.max(axis=0) / col_total, np.nan)
leaders = pd.DataFrame(
    {"store": sales_wide["store"].to_numpy()[best], "share": share}, index=month_cols
)
