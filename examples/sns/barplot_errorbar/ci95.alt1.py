import matplotlib.pyplot as plt
import seaborn as sns

fig = plt.figure(figsize=(5, 4))
ax = fig.add_subplot()
# a bootstrap interval from more resamples is steadier; capsize draws the caps
sns.barplot(
    x=trial["site"], y=trial["response"], errorbar=("ci", 95), n_boot=2000, capsize=0.1, ax=ax
)
ax.set_xlabel("Site")
ax.set_ylabel("Mean response")
ax.set_title("Average response by site")
