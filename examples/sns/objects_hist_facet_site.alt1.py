import matplotlib.pyplot as plt
import seaborn.objects as so

data = trial.reset_index(drop=True)  # seaborn.objects aligns rows by index label

fig = plt.figure(figsize=(10, 3.5), layout="constrained")
plot = (
    so.Plot(data, x="response")
    .add(so.Bar(alpha=0.8), so.Hist(stat="count", bins=12, common_bins=True))
    .facet("site")
    .label(x="Response", y="Count")
)
plot.on(fig).plot()
fig.suptitle("Response by site")
