import pandas as pd

pings = pd.DataFrame(
    {"device": ["a", "b", "c"], "epoch_ms": [1700000000000, 1700003600000, 1700007260000]}
)
pings["time"] = pd.Timestamp("1970-01-01") + pd.to_timedelta(pings["epoch_ms"], unit="ms")
