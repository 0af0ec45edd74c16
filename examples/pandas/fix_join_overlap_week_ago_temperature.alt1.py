import pandas as pd

shifted_dates = weather.index + pd.Timedelta(days=7)
week_ago = pd.Series(weather["temperature"].to_numpy(), index=shifted_dates)
compared = weather.assign(temperature_week_ago=week_ago.reindex(weather.index))
