import matplotlib.pyplot as plt
import seaborn.objects as so

drivers = stations[["lat", "elevation_m", "temperature"]].reset_index(drop=True)
fig = plt.figure(figsize=(8, 3.5))
plot = (
    so.Plot(drivers, y="temperature")
    .pair(x=["lat", "elevation_m"])
    .add(so.Dots())
    .add(so.Line(), so.PolyFit(order=1))
    .label(x0="latitude (deg)", x1="elevation (m)", y="temperature (C)")
    .layout(engine="constrained")
)
plot.on(fig).plot()
