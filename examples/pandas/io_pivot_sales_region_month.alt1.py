import pandas as pd

sales = pd.DataFrame(
    {
        "region": ["north", "north", "south", "south", "north"],
        "month": ["Jan", "Feb", "Jan", "Feb", "Jan"],
        "sales": [120, 135, 90, 110, 30],
    }
)
wide = sales.groupby(["region", "month"])["sales"].sum().unstack("month")
