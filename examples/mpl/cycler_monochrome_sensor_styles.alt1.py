import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.set_prop_cycle(color=["k", "k", "k"], linestyle=["solid", "dashed", "dotted"])
sensor[["sensor_a", "sensor_b", "sensor_c"]].plot(ax=ax)
ax.set_xlabel("date")
ax.set_ylabel("reading")
ax.set_title("Sensor channels")
