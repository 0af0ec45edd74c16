import matplotlib.pyplot as plt
import seaborn.objects as so

hourly = events.reset_index(drop=True)
hourly["hour"] = hourly["timestamp"].dt.hour
fig, ax = plt.subplots(figsize=(8, 4))
plot = (
    so.Plot(hourly, x="hour", color="event")
    .add(so.Bar(), so.Count(), so.Stack())
    .label(x="hour of day", y="events", color="event", title="Events per hour of day")
)
plot.on(ax).plot()
