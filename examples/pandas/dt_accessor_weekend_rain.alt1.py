days = weather.rename_axis("date").reset_index()
days["month"] = days["date"].dt.month
days["weekend"] = days["date"].dt.day_of_week >= 5  # Saturday = 5, Sunday = 6

weekend_rain = days.pivot_table(index="month", columns="weekend", values="rainfall", aggfunc="mean")
# a year slice without weekend (or weekday) days would lose that column: put it back as NaN
weekend_rain = weekend_rain.reindex(columns=[False, True])
