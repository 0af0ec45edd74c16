# /// example
# task = """
# Add a column `temperature_z` to the daily series `weather` holding each day's `temperature` \
# standardised within its own calendar month (minus the month's mean, divided by the month's \
# standard deviation), using `groupby(...).transform` on the month of the DatetimeIndex so the \
# result aligns with the original rows. A month whose temperatures have no spread (all equal, or \
# a single day) gets 0 rather than NaN."""
# prompt = """
# Add a column `temperature_z` to my daily DataFrame `weather` (DatetimeIndex) holding each day's \
# `temperature` standardised within its own calendar month (minus the month's mean, divided by \
# the month's sample standard deviation, ddof=1), aligned with the original rows. A month whose \
# temperatures have no spread (all equal, or a single day) should get 0 rather than NaN."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'weather["temperature_z"].index.equals(weather.index)',
#     'np.allclose(weather.groupby(weather.index.month)["temperature_z"].mean(), 0, atol=1e-9)',
#     'np.allclose(weather.groupby(weather.index.month)["temperature_z"].std()[weather.groupby(weather.index.month)["temperature"].nunique() > 1], 1)',
#     'np.allclose(weather.loc[(weather.groupby(weather.index.month)["temperature"].transform("nunique") == 1).to_numpy(), "temperature_z"], 0, atol=1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'standardization']
# edge_cases = true
# ///
by_month = weather.groupby(weather.index.month)["temperature"]
# a month without spread would divide 0 by 0 (or by a rounding residue): divide by 1 instead
month_std = by_month.transform("std").where(by_month.transform("nunique") > 1, 1.0)
weather["temperature_z"] = (weather["temperature"] - by_month.transform("mean")) / month_std
