import pandas as pd

runs = pd.DataFrame(
    {
        "runner": ["kim", "lou", "kim", "lou", "kim", "lou", "kim"],
        "minutes": [31.0, 45.0, 29.0, 41.0, 33.0, 43.0, 27.0],
    }
)
grouped = runs.groupby("runner")["minutes"]
stats = grouped.agg(["count", "mean", "std", "min"])
for q, label in [(0.25, "25%"), (0.5, "50%"), (0.75, "75%")]:
    stats[label] = grouped.quantile(q)
stats["max"] = grouped.max()
