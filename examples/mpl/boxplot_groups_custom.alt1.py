import matplotlib.pyplot as plt

colors = ["#66c2a5", "#fc8d62", "#8da0cb"]

fig, ax = plt.subplots()
parts = ax.boxplot([a, b, c], patch_artist=True, showmeans=True)
for box, color in zip(parts["boxes"], colors, strict=True):
    box.set_facecolor(color)
# tick labels set on the axis: works on every Matplotlib version (labels= became tick_labels=)
ax.set_xticks([1, 2, 3], ["A", "B", "C"])
ax.set_xlabel("Group")
ax.set_ylabel("Value")
ax.set_title("Samples by group")
