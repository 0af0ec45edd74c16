import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 4))
plot = (
    so.Plot(x=skewed)
    .add(so.Bar(width=1), so.Hist("count", bins=20))
    # the log transform applies before the stat, so the bins are log-spaced
    .scale(x=so.Continuous(trans="log"))
    .label(x="Value (log scale)", y="Count", title="Histogram on a log axis")
)
plot.on(ax).plot()
