month = weather.index.to_period("M")
position = weather.groupby(month).cumcount()
month_size = weather.groupby(month)["temperature"].transform("size")

first_days = weather[position.to_numpy() < 3]
month_edges = weather[(position == 0).to_numpy() | (position == month_size - 1).to_numpy()]
