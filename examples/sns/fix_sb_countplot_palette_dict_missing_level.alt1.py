import matplotlib.pyplot as plt
import seaborn as sns

event_colors = {"view": "tab:gray", "click": "tab:blue"}
# every event type in the data needs an entry in the palette dict
event_colors["purchase"] = "tab:green"
counts = events["event"].value_counts().rename_axis("event").reset_index(name="n")

fig, ax = plt.subplots()
sns.barplot(data=counts, x="event", y="n", hue="event", palette=event_colors, legend=False, ax=ax)
ax.set(xlabel="event type", ylabel="events", title="Events by type")
