import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# one complementary count ECDF per group, drawn group by group
for name, part in survival.dropna(subset=["time"]).groupby("group", observed=True):
    sns.ecdfplot(x=part["time"], complementary=True, stat="count", label=str(name), ax=ax)
ax.legend(title="group")
ax.set(xlabel="months", ylabel="subjects with a longer time", title="Subjects beyond each time")
