import pandas as pd

sales = pd.DataFrame(
    {
        "region": ["north", "north", "south", "south", "east"],
        "product": ["tea", "coffee", "tea", "tea", "coffee"],
        "units": [30, 12, 18, 7, 25],
    }
)
table = (
    pd.crosstab(
        sales["region"],
        sales["product"],
        values=sales["units"],
        aggfunc="sum",
        margins=True,
        margins_name="Total",
    )
    .fillna(0)
    .astype(int)
)
