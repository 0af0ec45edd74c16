import matplotlib.pyplot as plt
import seaborn.objects as so

long_readings = (
    sensor[["sensor_a", "sensor_b", "sensor_c"]]
    .rename_axis("date")
    .reset_index()
    .melt(id_vars="date", var_name="channel", value_name="value")
)
fig, ax = plt.subplots(figsize=(8, 3))
plot = (
    so.Plot(long_readings, x="date", y="value", color="channel")
    .add(so.Line())
    .label(x="date", y="reading", color="channel", title="Sensor channels")
)
plot.on(ax).plot()
