# /// example
# task = """
# Smooth the daily `temperature` of the DataFrame `weather` (DatetimeIndex) with a centred \
# 30-day rolling window (at least 10 observations), keeping the rolling mean and sample standard \
# deviation in the DataFrame `smooth` (columns `mean` and `std`); draw the raw series in light \
# grey and the rolling mean in red with seaborn `lineplot` on `fig, ax`, shade mean ± 1 SD with \
# `ax.fill_between`, label the x axis "Date" and the y axis "Temperature (°C)", add a title and \
# a legend with "Daily", "30-day mean" and "±1 SD"."""
# prompt = """
# Smooth the daily `temperature` in my DataFrame `weather` (DatetimeIndex) with a centred 30-day \
# rolling window requiring at least 10 observations, keeping the rolling mean and sample standard \
# deviation in a DataFrame `smooth` with columns `mean` and `std` (same index as `weather`). On \
# `fig, ax`, draw the raw series in light grey and the rolling mean in red with seaborn, shade \
# mean ± 1 SD, label the x axis "Date" and the y axis "Temperature (°C)", add a title, and a \
# legend with "Daily", "30-day mean" and "±1 SD" in that order."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     "np.allclose(smooth['mean'], weather['temperature'].rolling(30, center=True, min_periods=10).mean(), equal_nan=True)",
#     "np.allclose(smooth['std'], weather['temperature'].rolling(30, center=True, min_periods=10).std(ddof=1), equal_nan=True)",
#     "list(smooth.columns) == ['mean', 'std'] and smooth.index.equals(weather.index)",
#     "figure_summary(fig).axes[0].legend_labels == ['Daily', '30-day mean', '±1 SD']",
#     'figure_summary(fig).axes[0].n_collections >= 1',
#     "figure_summary(fig).axes[0].xlabel == 'Date' and figure_summary(fig).axes[0].ylabel == 'Temperature (°C)' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'rolling-window', 'filled-area', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

# min_periods=10 lets the windows at both ends, which hold under 30 days, still give a value
rolling = weather["temperature"].rolling(30, center=True, min_periods=10)
smooth = pd.DataFrame({"mean": rolling.mean(), "std": rolling.std()})
fig, ax = plt.subplots(figsize=(9, 4))
sns.lineplot(
    x=weather.index, y=weather["temperature"], color="0.7", linewidth=0.8, label="Daily", ax=ax
)
sns.lineplot(x=smooth.index, y=smooth["mean"], color="tab:red", label="30-day mean", ax=ax)
ax.fill_between(
    smooth.index,
    smooth["mean"] - smooth["std"],
    smooth["mean"] + smooth["std"],
    color="tab:red",
    alpha=0.2,
    label="±1 SD",
)
ax.set(xlabel="Date", ylabel="Temperature (°C)", title="Daily temperature with 30-day rolling mean")
ax.legend()
