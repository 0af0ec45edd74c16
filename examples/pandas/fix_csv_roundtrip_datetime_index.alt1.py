from io import StringIO

import pandas as pd

csv_text = sensor.to_csv()
restored = pd.read_csv(StringIO(csv_text), parse_dates=["date"]).set_index("date")
weekly = restored.resample("W").mean()
