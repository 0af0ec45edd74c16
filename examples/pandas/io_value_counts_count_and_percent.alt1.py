import pandas as pd

answers = pd.DataFrame(
    {
        "channel": [
            "web",
            "friend",
            "web",
            "ad",
            "web",
            "friend",
            "web",
            "ad",
            "web",
            "tv",
            "friend",
            "web",
        ]
    }
)
summary = answers.groupby("channel").size().sort_values(ascending=False).to_frame("count")
summary["percent"] = (100 * summary["count"] / summary["count"].sum()).round(1)
