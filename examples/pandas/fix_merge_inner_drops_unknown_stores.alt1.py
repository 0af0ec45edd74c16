import pandas as pd

regions = pd.DataFrame(
    {
        "store": ["S001", "S002", "S003", "S004", "S005"],
        "region": ["north", "north", "south", "east", "south"],
    }
)
with_region = store_sales.assign(
    region=store_sales["store"].map(regions.set_index("store")["region"])
)
