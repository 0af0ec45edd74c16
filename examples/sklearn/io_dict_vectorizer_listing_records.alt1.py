import pandas as pd

listings = [
    {"city": "Oslo", "rooms": 3, "area": 72.0},
    {"city": "Bergen", "rooms": 2},
    {"city": "Oslo", "area": 55.5, "balcony": 1},
]

table = pd.get_dummies(pd.DataFrame(listings), columns=["city"], prefix_sep="=", dtype=float)
table = table.fillna(0).sort_index(axis=1)
feature_names = list(table.columns)
features = table.to_numpy(dtype=float)
