import pandas as pd

visits = pd.DataFrame(
    {
        "store": ["north", "north", "north", "south", "south", "south", "south", "east"],
        "channel": ["web", "app", "web", "app", "web", "web", "app", "phone"],
    }
)
counts = visits.value_counts(["store", "channel"]).reset_index(name="n")
best = counts.sort_values(["store", "n", "channel"], ascending=[True, False, True]).drop_duplicates(
    "store"
)
main_channel = best.set_index("store")["channel"]
