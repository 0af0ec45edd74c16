import matplotlib.pyplot as plt
import seaborn.objects as so

data = trial.reset_index(drop=True)  # seaborn.objects aligns rows by index label

fig, ax = plt.subplots(figsize=(5, 4))
base = so.Plot(data, x="treatment", y="response").label(
    x="Treatment", y="Response", title="Response by treatment"
)
(
    base.add(so.Dots(alpha=0.5), so.Jitter(width=0.5, seed=0))
    .add(so.Dot(color="black", marker="D", pointsize=9), so.Agg(func="median"))
    .on(ax)
    .plot()
)
