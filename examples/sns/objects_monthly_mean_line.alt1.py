import matplotlib.pyplot as plt
import seaborn.objects as so

frame = weather[["temperature"]].assign(month=lambda d: d.index.month).reset_index(drop=True)

fig, ax = plt.subplots(figsize=(7, 4))
(
    so.Plot(frame, x="month", y="temperature")
    .add(so.Band(alpha=0.2), so.Est("mean", errorbar="sd"))
    .add(so.Line(marker="o"), so.Agg("mean"))
    .scale(x=so.Continuous().tick(at=list(range(1, 13))))
    .label(x="Month", y="Temperature (°C)", title="Mean temperature by month")
    .on(ax)
    .plot()
)
