month_start = weather.index.to_period("M").to_timestamp()
monthly = weather.groupby(month_start).agg(
    max_temperature=("temperature", "max"),
    total_rainfall=("rainfall", "sum"),
)
