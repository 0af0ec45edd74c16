import matplotlib.pyplot as plt
import seaborn as sns

with sns.axes_style("whitegrid"):
    fig, ax = plt.subplots()
ax.plot(x, y, "o-", markersize=4)
ax.set_xlabel("time (h)")
ax.set_ylabel("population")
ax.set_title("Growth curve")
