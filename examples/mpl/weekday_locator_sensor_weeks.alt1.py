import matplotlib.pyplot as plt
from matplotlib.dates import MONDAY, DateFormatter, DayLocator, WeekdayLocator

fig, ax = plt.subplots(figsize=(10, 4))
ax.plot(sensor.index, sensor["sensor_a"], linewidth=1)
ax.xaxis.set_major_locator(WeekdayLocator(MONDAY))
ax.xaxis.set_minor_locator(DayLocator(interval=1))
ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
ax.xaxis.grid(True, which="major", linestyle=":")
ax.set_xlabel("day")
ax.set_ylabel("reading")
ax.set_title("sensor_a with weekly ticks")
