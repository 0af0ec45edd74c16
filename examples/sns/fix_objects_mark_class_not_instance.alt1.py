import matplotlib.pyplot as plt
import seaborn.objects as so

# a plain table with a named date column; the mark is instantiated with ()
readings = sensor.rename_axis("date").reset_index()

fig, ax = plt.subplots(figsize=(6, 3))
line_plot = so.Plot(readings, x="date", y="sensor_a").add(so.Line(color="tab:blue"))
line_plot.label(x="date", y="sensor_a").on(ax).plot()
