import matplotlib.pyplot as plt
import seaborn.objects as so

drivers = ["temperature", "pressure", "wind_speed"]
data = measurements.reset_index(drop=True)  # seaborn.objects aligns rows by index label

fig = plt.figure(figsize=(10, 3.5), layout="constrained")
(
    so.Plot(data)
    .pair(x=drivers, y=["humidity"])
    .add(so.Dot(pointsize=3, alpha=0.6))
    .label(title="Humidity drivers")
    .on(fig)
    .plot()
)
