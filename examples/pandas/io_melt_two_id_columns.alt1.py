import pandas as pd

wide = pd.DataFrame(
    {
        "store": ["s1", "s2"],
        "region": ["north", "south"],
        "Jan": [100, 80],
        "Feb": [110, 75],
        "Mar": [95, 90],
    }
)
stacked = wide.set_index(["store", "region"]).stack()
long = stacked.rename_axis(["store", "region", "month"]).reset_index(name="sales")
