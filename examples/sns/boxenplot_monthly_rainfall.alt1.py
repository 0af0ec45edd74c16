import matplotlib.pyplot as plt
import seaborn as sns

by_month = weather.assign(month=weather.index.month)

fig, ax = plt.subplots(figsize=(8, 4))
sns.boxenplot(data=by_month, x="month", y="rainfall", color="tab:blue", ax=ax)
ax.set_xlabel("Month")
ax.set_ylabel("Rainfall (mm/day)")
ax.set_title("Daily rainfall by month")
