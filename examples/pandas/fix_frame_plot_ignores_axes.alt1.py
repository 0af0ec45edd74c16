import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(9, 4))
for column in ["temperature", "rainfall"]:
    weather[column].plot(ax=ax, label=column)
ax.set(title="Daily weather", ylabel="value")
ax.legend()
