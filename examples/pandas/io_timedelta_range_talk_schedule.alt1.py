import pandas as pd

talks = ["welcome", "keynote", "panel", "demo", "wrap-up"]
begins = pd.date_range("2024-09-14 09:00", periods=len(talks), freq="25min")
schedule = pd.DataFrame({"talk": talks, "begins": begins.strftime("%H:%M")})
