import matplotlib.pyplot as plt

fig, ax = plt.subplots()
for column in ["temperature", "rainfall"]:
    ax.plot(weather.index, weather[column].to_numpy(), "-", label=column)
ax.set_xlabel("date")
ax.set_ylabel("value")
ax.set_title("Daily weather")
ax.legend()
