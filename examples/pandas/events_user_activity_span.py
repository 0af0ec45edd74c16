# /// example
# task = """
# For each `user` of the event log `events`, compute with one named aggregation the time of the \
# first event (`first_seen`), of the last one (`last_seen`), the number of events (`n_events`) \
# and the number of purchases (`n_purchases`, rows whose `event` is "purchase"), then add \
# `active_minutes`, the minutes from first to last event as a float. Store the table, one row \
# per user (index `user`), in `activity`."""
# prompt = """
# Per `user` in my `events` log I'd like `first_seen`, `last_seen`, `n_events`, `n_purchases` \
# (events equal to "purchase") and `active_minutes` (last minus first, in minutes, float), as a \
# table `activity` indexed by user."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'sorted(activity.index) == sorted(events["user"].unique())',
#     'activity["first_seen"].sort_index().tolist() == events.groupby("user")["timestamp"].min().sort_index().tolist() and activity["last_seen"].sort_index().tolist() == events.groupby("user")["timestamp"].max().sort_index().tolist()',
#     'activity["n_events"].sort_index().tolist() == events["user"].value_counts().sort_index().tolist() and activity["n_purchases"].sort_index().tolist() == [int(((events["user"] == u) & (events["event"] == "purchase")).sum()) for u in sorted(activity.index)]',
#     'np.allclose(activity["active_minutes"].sort_index().to_numpy(dtype=float), (events.groupby("user")["timestamp"].max() - events.groupby("user")["timestamp"].min()).sort_index().dt.total_seconds().to_numpy() / 60)',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'aggregation', 'datetime']
# edge_cases = true
# ///
import pandas as pd

activity = (
    events.assign(is_purchase=events["event"] == "purchase")
    .groupby("user")
    .agg(
        first_seen=("timestamp", "min"),
        last_seen=("timestamp", "max"),
        n_events=("event", "size"),
        n_purchases=("is_purchase", "sum"),
    )
)
# a Timedelta divided by one minute gives float minutes
activity["active_minutes"] = (activity["last_seen"] - activity["first_seen"]) / pd.Timedelta(
    minutes=1
)
