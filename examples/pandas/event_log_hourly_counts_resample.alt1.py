import pandas as pd

stamped = events.set_index("timestamp")["event"]
hourly = pd.DataFrame(
    {
        kind: stamped.eq(kind).astype("int64").resample("h").sum()
        for kind in ["view", "click", "purchase"]
    }
)
hourly["total"] = stamped.resample("h").size().astype("int64")
