import matplotlib.pyplot as plt
import seaborn.objects as so

rainy = weather["rainfall"].gt(0).astype(int)  # 1 on a rainy day, 0 otherwise
by_day = {"month": weather.index.month, "rainy": rainy.to_numpy()}

fig, ax = plt.subplots(figsize=(7, 4))
(
    so.Plot(by_day, x="month", y="rainy")
    .add(so.Bar(color="tab:blue"), so.Agg("mean"))
    .scale(y=so.Continuous().label(like="{x:.0%}"))
    .label(x="Month", y="Rainy days", title="How often it rains each month")
    .on(ax)
    .plot()
)
