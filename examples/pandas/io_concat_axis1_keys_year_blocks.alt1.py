import pandas as pd

y2023 = pd.DataFrame(
    {"visits": [120, 95, 130], "signups": [12, 8, 15]}, index=["web", "app", "shop"]
)
y2024 = pd.DataFrame(
    {"visits": [150, 110, 125], "signups": [18, 11, 14]}, index=["web", "app", "shop"]
)
by_year = pd.concat({2023: y2023, 2024: y2024}, axis=1)
growth = y2024.div(y2023) - 1
