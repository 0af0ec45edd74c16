import pandas as pd

history = pd.DataFrame(
    {
        "ticket": [7, 8, 7, 7, 8, 9],
        "status": ["open", "open", "pending", "closed", "closed", "open"],
    }
)
first = history.drop_duplicates("ticket", keep="first").set_index("ticket")["status"]
last = history.drop_duplicates("ticket", keep="last").set_index("ticket")["status"]
summary = pd.DataFrame(
    {"first_status": first, "last_status": last, "updates": history["ticket"].value_counts()}
).sort_index()
