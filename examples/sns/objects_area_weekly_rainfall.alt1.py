import matplotlib.pyplot as plt
import pandas as pd
import seaborn.objects as so

# a weekly Grouper uses the same Sunday-ending weeks as resample("W")
weekly = weather.groupby(pd.Grouper(freq="W"))["rainfall"].sum()
table = pd.DataFrame({"week": weekly.index, "rainfall": weekly.to_numpy()})

fig, ax = plt.subplots(figsize=(6, 3))
plot = so.Plot(table, x="week", y="rainfall").add(so.Area(alpha=0.5))
plot.label(x="week", y="rainfall (mm)", title="Rainfall per week").on(ax).plot()
