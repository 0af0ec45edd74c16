import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np

lo, hi = np.min(skewed), np.max(skewed)
# geomspace hits both ends exactly, so the largest time stays inside the last bin
edges = np.geomspace(lo, hi, num=21)
counts, _ = np.histogram(skewed, bins=edges)


def with_unit(value, position):
    return f"{value:g} s"


fig, ax = plt.subplots()
ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge")
ax.set_xscale("log")
ax.xaxis.set_major_formatter(mticker.FuncFormatter(with_unit))
ax.set(xlabel="time", ylabel="count", title="Distribution of response times")
