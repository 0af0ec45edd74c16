import matplotlib.pyplot as plt

shifts = {"Ana": [(6, 14), (18, 22)], "Ben": [(9, 17)], "Cleo": [(14, 22), (0, 6)]}

fig, ax = plt.subplots(figsize=(6, 2.5))
for y, spans in enumerate(shifts.values()):
    ax.broken_barh(
        [(start, end - start) for start, end in spans], (y - 0.3, 0.6), facecolors="tab:green"
    )
ax.set_yticks([0, 1, 2])
ax.set_yticklabels(list(shifts))
ax.set_xlim(0, 24)
ax.set_xlabel("hour of day")
