import pandas as pd

calls = pd.DataFrame({"call_id": [1, 2, 3, 4], "duration": ["1h 30m", "45m", "2h", "1h 5m 30s"]})
parts = (
    calls["duration"]
    .str.extract(r"(?:(?P<h>\d+)h)?\s*(?:(?P<m>\d+)m)?\s*(?:(?P<s>\d+)s)?")
    .astype(float)
    .fillna(0.0)
)
calls["minutes"] = parts["h"] * 60 + parts["m"] + parts["s"] / 60
