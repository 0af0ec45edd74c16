import pandas as pd

daily = pd.DataFrame(
    {
        "store": ["north", "north", "south", "south", "south", "east"],
        "weekday": ["Mon", "Tue", "Mon", "Tue", "Wed", "Wed"],
        "sales": [120, 135, 98, 101, 87, 143],
    }
)
grid = daily.pivot(index="store", columns="weekday", values="sales").fillna(0).astype(int)
