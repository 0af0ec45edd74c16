import numpy as np
import pandas as pd

sales = pd.DataFrame(
    {
        "store": ["s1", "s2", "s3"],
        "jan": [120, 80, 95],
        "feb": [110, 130, 90],
        "mar": [150, 100, 70],
    }
)
month_cols = np.array(["jan", "feb", "mar"])
values = sales[month_cols].to_numpy()
best = values.argmax(axis=1)
sales = sales.assign(best_month=month_cols[best], best_sales=values[np.arange(len(values)), best])
