from zoneinfo import ZoneInfo

import pandas as pd

meetings = pd.DataFrame(
    {
        "topic": ["kickoff", "review", "retro"],
        "new_york": pd.to_datetime(["2024-03-08 09:00", "2024-03-12 09:00", "2024-03-28 16:30"]),
    }
)
stamps = [
    ts.to_pydatetime().replace(tzinfo=ZoneInfo("America/New_York")) for ts in meetings["new_york"]
]
meetings["london"] = [
    s.astimezone(ZoneInfo("Europe/London")).strftime("%Y-%m-%d %H:%M") for s in stamps
]
meetings["tokyo"] = [
    s.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%Y-%m-%d %H:%M") for s in stamps
]
