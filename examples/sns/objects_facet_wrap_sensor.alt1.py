import matplotlib.pyplot as plt
import pandas as pd
import seaborn.objects as so

long = pd.melt(
    sensor.reset_index(names="date"), id_vars=["date"], var_name="channel", value_name="reading"
)

fig = plt.figure(figsize=(9, 6), layout="constrained")
plot = (
    so.Plot(long, x="date", y="reading")
    .facet(col="channel", wrap=2)
    .add(so.Line(linewidth=1))
    .share(y=False)
    .label(x="Date", y="Reading")
)
plot.on(fig).plot()
fig.suptitle("Sensor channels")
