import matplotlib.pyplot as plt

style = {
    "lines.linewidth": 2.5,
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
with plt.rc_context(rc=style):
    fig, ax = plt.subplots(figsize=(8, 4))
    # a 2-D y draws one line per column; the label list names them in order
    ax.plot(sensor.index, sensor.to_numpy(), label=list(sensor.columns))
    ax.legend(title="channel")
    ax.set(xlabel="date", ylabel="value", title="Sensor readings")
