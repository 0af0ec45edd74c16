import pandas as pd

daily = pd.DataFrame({"store": list("ABABA"), "day": [1, 1, 2, 2, 3], "units": [5, 3, 2, 4, 6]})
daily = daily.assign(running_units=daily.groupby("store")["units"].transform("cumsum"))
