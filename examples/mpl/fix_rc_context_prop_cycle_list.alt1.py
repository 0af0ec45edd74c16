import matplotlib.pyplot as plt

channels = ["sensor_a", "sensor_b", "sensor_c"]
with plt.rc_context(
    {
        "axes.prop_cycle": plt.cycler("color", ["#1b9e77", "#d95f02", "#7570b3"]),
        "lines.linewidth": 2.5,
    }
):
    fig, ax = plt.subplots(figsize=(9, 4))
    for channel in channels:
        ax.plot(sensor.index, sensor[channel], label=channel)
    ax.set_xlabel("date")
    ax.set_ylabel("reading")
    ax.set_title("Sensor channels")
    ax.legend()
