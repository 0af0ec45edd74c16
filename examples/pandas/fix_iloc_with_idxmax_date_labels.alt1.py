months = weather.index.to_period("M")
# the position of the first maximum within each month, turned into absolute row positions
positions = weather.reset_index().groupby(months.to_numpy())["temperature"].idxmax()
hottest = weather.iloc[positions.to_numpy()]
