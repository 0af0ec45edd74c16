from matplotlib import pyplot as plt

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(weather.index, weather["temperature"], color="tab:red", lw=1)
ax.set_xlabel("date")
ax.set_ylabel("temperature (deg C)")
ax.set_title("Daily temperature, Celsius and Fahrenheit")
fahrenheit_axis = ax.secondary_yaxis(
    "right", functions=(lambda c: c * 1.8 + 32, lambda f: (f - 32) / 1.8)
)
fahrenheit_axis.set_ylabel("temperature (deg F)")
