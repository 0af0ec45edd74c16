import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter, StrMethodFormatter


def hours_label(value, _pos):
    return f"{value:.0f} h"


# only the two plotted columns, rows with a gap in either dropped
clean = df[["hours", "income"]].dropna()

fig, ax = plt.subplots(figsize=(6, 4))
clean.plot.scatter(x="hours", y="income", s=10, ax=ax)
ax.yaxis.set_major_formatter(StrMethodFormatter("${x:,.0f}"))
ax.xaxis.set_major_formatter(FuncFormatter(hours_label))
ax.set(xlabel="Hours per week", ylabel="Income", title="Income vs weekly hours")
