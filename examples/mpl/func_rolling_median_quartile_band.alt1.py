from matplotlib import pyplot


def plot_rolling_median_band(series, window, ax):
    """Draw `series`, its centred rolling median and a shaded band between the
    rolling 25th and 75th percentiles on `ax`, and return `ax`.

    Each window holds `window` consecutive values centred on a point; where the
    window runs past either end or holds a missing value the median and band
    are undefined and left undrawn. The raw series is the first line, the
    median the second, the band the only filled area; a legend names them
    "data", "rolling median" and "interquartile range".
    """
    windows = series.rolling(window=window, min_periods=window, center=True)
    quartiles = {q: windows.quantile(q) for q in (0.25, 0.5, 0.75)}
    ax.plot(series, lw=1, color="gray", label="data")
    ax.plot(quartiles[0.5], lw=2, label="rolling median")
    ax.fill_between(
        series.index, quartiles[0.25], quartiles[0.75], alpha=0.3, label="interquartile range"
    )
    ax.legend(loc="best")
    return ax


fig = pyplot.figure(figsize=(7, 4))
ax = plot_rolling_median_band(weather["temperature"], 7, fig.add_subplot())
ax.set_title("Temperature, 7-day rolling median")
ax.set_xlabel("Date")
ax.set_ylabel("Temperature")
