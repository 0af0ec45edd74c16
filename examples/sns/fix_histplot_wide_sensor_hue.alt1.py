import matplotlib.pyplot as plt
import seaborn as sns

long_readings = sensor.melt(var_name="channel", value_name="value", ignore_index=True)
fig, ax = plt.subplots()
sns.histplot(data=long_readings, x="value", hue="channel", bins=20, ax=ax)
ax.set(xlabel="reading", ylabel="days", title="Sensor readings")
