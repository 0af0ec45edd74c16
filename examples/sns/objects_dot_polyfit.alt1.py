import matplotlib.pyplot as plt
import seaborn.objects as so

# seaborn.objects aligns vectors by index label, so a repeated label would break it
data = trial.reset_index(drop=True)

fig, ax = plt.subplots(figsize=(6, 4))
plot = (
    so.Plot(x=data["dose"], y=data["response"], color=data["treatment"])
    .add(so.Dot(alpha=0.5))
    # PolyFit draws nothing for a group with too few distinct doses for a line
    .add(so.Line(), so.PolyFit(order=1))
    .label(x="Dose (mg)", y="Response", color="Treatment", title="Response vs dose")
)
plot.on(ax).plot()
