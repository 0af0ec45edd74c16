# /// example
# task = """
# For each calendar month in `weather` (DatetimeIndex, daily `rainfall`), find the date of the \
# wettest day (the earliest such date if several days tie). Store the dates in `wettest_day`, a \
# Series indexed by month (monthly periods), and the matching rainfall amounts in \
# `wettest_amount`, with the same index."""
# prompt = """
# Which day was the wettest in each month of my `weather` data? I'd like `wettest_day` with the \
# date per month (monthly periods as the index; on ties take the first day) and `wettest_amount` \
# with that day's `rainfall`, indexed the same way."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     '[str(month) for month in wettest_day.index] == sorted({day.strftime("%Y-%m") for day in weather.index})',
#     'all(pd.Timestamp(day) == weather.index[(weather.index.strftime("%Y-%m") == str(month)) & (weather["rainfall"].to_numpy() == weather.loc[weather.index.strftime("%Y-%m") == str(month), "rainfall"].max())][0] for month, day in wettest_day.items())',
#     'wettest_amount.index.equals(wettest_day.index) and np.allclose(wettest_amount.to_numpy(dtype=float), weather.loc[pd.DatetimeIndex(wettest_day.to_numpy()), "rainfall"].to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'sorting', 'datetime']
# edge_cases = true
# ///
monthly = weather["rainfall"].groupby(weather.index.to_period("M"))
# idxmax returns the index label (the date) of the first maximum in each month
wettest_day = monthly.idxmax()
wettest_amount = monthly.max()
