days = weather.reset_index(names="date")
days = days.assign(month=days["date"].dt.month, weekend=days["date"].dt.day_of_week.ge(5))

weekend_rain = (
    days.groupby(["month", "weekend"])["rainfall"]
    .mean()
    .unstack("weekend")
    .reindex(columns=[False, True])  # keep both columns even if one kind of day is absent
)
