import matplotlib.pyplot as plt
import numpy as np


def annotate_extremes(series, ax, fmt="{:.1f}"):
    """Plot `series` against its index on `ax` and point an annotation arrow
    at its highest and at its lowest value, with the texts "max <value>" and
    "min <value>" (the value formatted with the format string `fmt`), the
    maximum's annotation first.

    Missing values are ignored; of tied extremes the first occurrence is
    annotated. Returns the index labels of the maximum and the minimum.
    """
    values = series.to_numpy(dtype=float)
    ax.plot(series.index, values, linewidth=1)
    labels = []
    for kind, position in (("max", np.nanargmax(values)), ("min", np.nanargmin(values))):
        x, y = series.index[position], values[position]
        ax.annotate(
            kind + " " + fmt.format(y),
            xy=(x, y),
            xytext=(10, 10 if kind == "max" else -15),
            textcoords="offset points",
            arrowprops={"arrowstyle": "-|>", "color": "black"},
        )
        labels.append(x)
    return tuple(labels)


fig, ax = plt.subplots()
extremes = annotate_extremes(weather["temperature"], ax)
ax.set_xlabel("Date")
ax.set_ylabel("Temperature")
ax.set_title("Warmest and coldest day")
