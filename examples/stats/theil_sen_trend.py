# /// example
# task = """
# Estimate a robust linear trend of the daily `temperature` column of the DataFrame `weather` \
# against the day number `days` (0, 1, ...) with the Theil-Sen estimator and its 95% confidence \
# interval, stored in `trend`; test for a monotonic trend the Mann-Kendall way (Kendall's tau \
# between time and value), stored in `trend_test`. Plot the series (label "daily temperature") \
# and the trend line (label starting "Theil-Sen trend") against the dates on the Axes `ax`, with \
# axis labels "date" and "temperature" and a legend."""
# prompt = """
# I want a robust linear trend of the daily `temperature` column of my DataFrame `weather` \
# against the day number `days` (0, 1, 2, ...): a Theil-Sen slope with its 95% confidence \
# interval in `trend`, plus a Mann-Kendall style test for a monotonic trend (Kendall's tau \
# between time and temperature) in `trend_test`. On the Axes `ax`, plot the series labelled \
# "daily temperature" and then the trend line evaluated at every day, labelled starting with \
# "Theil-Sen trend", against the dates, with axis labels "date" and "temperature" and a legend."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'trend.low_slope <= trend.slope <= trend.high_slope',
#     "np.isclose(trend.slope, (lambda t, i, j: np.median((t[j] - t[i]) / (j - i)))(weather['temperature'].to_numpy(), *np.triu_indices(len(weather), k=1)))",
#     '-1 <= trend_test.statistic <= 1 and 0 <= trend_test.pvalue <= 1',
#     # the series as drawn, and a trend line running from the intercept at day 0 to the last day's trend value
#     "(lambda ys: any(len(v) == len(weather) and np.allclose(v, weather['temperature'].to_numpy(float), equal_nan=True) for v in ys) and any(len(v) >= 2 and np.isclose(v[0], trend.intercept) and np.isclose(v[-1], trend.intercept + trend.slope * (len(weather) - 1)) for v in ys))([np.asarray(l.get_ydata(), float) for l in ax.lines])",
#     "figure_summary().axes[0].legend_labels[0] == 'daily temperature' and figure_summary().axes[0].legend_labels[1].startswith('Theil-Sen trend')",
#     'np.allclose([trend.low_slope, trend.high_slope], scipy.stats.theilslopes(weather["temperature"].to_numpy(float), np.arange(len(weather)), 0.95)[2:4])',
#     # Kendall's tau (tau-b, or tau-c) of the values against time
#     'any(np.isclose(trend_test.statistic, scipy.stats.kendalltau(np.arange(len(weather)), weather["temperature"].to_numpy(float), variant=v).statistic) for v in ("b", "c"))',
# ]
# difficulty = 'advanced'
# tags = ['regression', 'robust-statistics', 'trend', 'time-series']
# [edge_cases]
# min_size = 2
# constant = false
# why = "a trend needs two or more days, and Kendall's tau needs temperatures that vary"
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

days = np.arange(len(weather))
temperature = weather["temperature"].to_numpy()
# median of pairwise slopes: insensitive to outliers and non-normal noise
trend = stats.theilslopes(temperature, days, alpha=0.95)
trend_test = stats.kendalltau(days, temperature)

fig, ax = plt.subplots()
ax.plot(weather.index, temperature, linewidth=0.8, label="daily temperature")
ax.plot(
    weather.index,
    trend.intercept + trend.slope * days,
    color="tab:red",
    label=f"Theil-Sen trend ({trend.slope:+.3f} per day)",
)
ax.set(xlabel="date", ylabel="temperature", title=f"Mann-Kendall tau = {trend_test.statistic:.2f}")
ax.legend()
