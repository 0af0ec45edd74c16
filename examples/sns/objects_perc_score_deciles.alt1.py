import matplotlib.pyplot as plt
import seaborn.objects as so

scores = rm_long.dropna(subset=["score"]).reset_index(drop=True)
fig, ax = plt.subplots()
plot = (
    so.Plot(scores, x="condition", y="score")
    .add(so.Dots(alpha=0.3, pointsize=2), so.Jitter(width=0.4))
    .add(so.Dot(color="k"), so.Perc(k=[10, 50, 90]))
    .label(x="condition", y="score", title="Score percentiles by condition")
)
plot.on(ax).plot()
