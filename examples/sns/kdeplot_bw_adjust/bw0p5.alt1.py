import matplotlib.pyplot as plt
import seaborn as sns

factor = 0.5

fig, ax = plt.subplots()
# bw_method="scott" is the default rule; bw_adjust multiplies its bandwidth
sns.kdeplot(x=values, bw_method="scott", bw_adjust=factor, warn_singular=False, ax=ax)
ax.set_xlabel("Value")
ax.set_ylabel("Density")
ax.set_title(f"KDE with bw_adjust = {factor}")
