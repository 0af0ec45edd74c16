import matplotlib.pyplot as plt
import seaborn as sns

order = ["view", "click", "purchase"]
fig, ax = plt.subplots(figsize=(5, 3.5))
# one colour per level, matched to the levels through hue_order
sns.countplot(
    data=events,
    x="event",
    hue="event",
    order=order,
    hue_order=order,
    palette=["tab:blue", "tab:orange", "tab:green"],
    legend=False,
    ax=ax,
)
ax.set(xlabel="event", ylabel="events")
