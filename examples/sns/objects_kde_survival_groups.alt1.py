import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots()
density = so.KDE(bw_adjust=0.7, common_norm=False)
plot = (
    so.Plot(x=survival["time"].to_numpy(), color=survival["group"].to_numpy())
    .add(so.Line(), density)
    .label(x="time (months)", y="density", color="group", title="Time to event by group")
)
plot.on(ax).plot()
