import matplotlib.pyplot as plt
import seaborn.objects as so

channels = ["sensor_a", "sensor_b", "sensor_c"]
readings = sensor.melt(
    value_vars=channels, var_name="channel", value_name="value", ignore_index=False
)
readings = readings.rename_axis("date").reset_index()
fig, ax = plt.subplots(figsize=(8, 3))
plot = (
    so.Plot(readings, x="date", y="value", color="channel")
    .add(so.Line(), so.Norm(func="max", percent=True))
    .label(
        x="date", y="% of channel maximum", color="channel", title="Channels relative to their peak"
    )
)
plot.on(ax).plot()
