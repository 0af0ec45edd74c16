import pandas as pd

monthly = pd.DataFrame(
    {"month": ["2024-01", "2024-02", "2024-03", "2024-04"], "revenue": [200.0, 250.0, 225.0, 270.0]}
)
previous = monthly["revenue"].shift(1)
monthly = monthly.assign(pct_change=((monthly["revenue"] / previous - 1) * 100).round(1))
