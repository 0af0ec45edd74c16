# /// example
# task = """
# Draw the shift rota below as a Gantt-style chart on `fig, ax` with `broken_barh`: one row per \
# person (Ana at y = 0, Ben at y = 1, Cleo at y = 2, each bar 0.6 tall and centred on its row), \
# one bar per shift from its start hour to its end hour, people's names as y tick labels, x \
# axis "hour of day" from 0 to 24.
#
# ```text
# person  start  end
# Ana         6   14
# Ana        18   22
# Ben         9   17
# Cleo       14   22
# Cleo        0    6
# ```
#
# Wanted (per row, the (start, duration) pairs):
#
# ```text
# Ana   (6, 8) (18, 4)
# Ben   (9, 8)
# Cleo  (14, 8) (0, 6)
# ```"""
# prompt = """
# I'd like a Gantt chart of this rota on `fig, ax` using broken_barh, rows Ana (y = 0), Ben \
# (y = 1) and Cleo (y = 2) with bars 0.6 high centred on the row, names as y tick labels and \
# the x axis labelled "hour of day" from 0 to 24:
#
# ```text
# person  start  end
# Ana         6   14
# Ana        18   22
# Ben         9   17
# Cleo       14   22
# Cleo        0    6
# ```
#
# so the rows hold these (start, duration) bars:
#
# ```text
# Ana   (6, 8) (18, 4)
# Ben   (9, 8)
# Cleo  (14, 8) (0, 6)
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = {}
# checks = [
#     # each bar as (row centre, start, duration), read from the drawn rectangles
#     'sorted((round((p.vertices[:, 1].min() + p.vertices[:, 1].max()) / 2, 6), round(p.vertices[:, 0].min(), 6), round(np.ptp(p.vertices[:, 0]), 6)) for c in ax.collections for p in c.get_paths()) == sorted([(0.0, 6.0, 8.0), (0.0, 18.0, 4.0), (1.0, 9.0, 8.0), (2.0, 14.0, 8.0), (2.0, 0.0, 6.0)])',
#     'all(np.isclose(np.ptp(p.vertices[:, 1]), 0.6) for c in ax.collections for p in c.get_paths())',
#     'figure_summary(fig).axes[0].yticklabels == ["Ana", "Ben", "Cleo"] and np.allclose(ax.get_yticks(), [0, 1, 2])',
#     'np.allclose(ax.get_xlim(), (0, 24)) and ax.get_xlabel() == "hour of day"',
# ]
# difficulty = 'basic'
# tags = ['discrete-plot', 'bar-chart']
# ///
import matplotlib.pyplot as plt
import pandas as pd

rota = pd.DataFrame(
    {
        "person": ["Ana", "Ana", "Ben", "Cleo", "Cleo"],
        "start": [6, 18, 9, 14, 0],
        "end": [14, 22, 17, 22, 6],
    }
)
people = ["Ana", "Ben", "Cleo"]

fig, ax = plt.subplots(figsize=(6, 2.5))
for row, person in enumerate(people):
    shifts = rota[rota["person"] == person]
    # broken_barh takes (start, width) pairs and a (ymin, height) band
    ax.broken_barh(
        list(zip(shifts["start"], shifts["end"] - shifts["start"], strict=True)), (row - 0.3, 0.6)
    )
ax.set_yticks(range(len(people)), people)
ax.set(xlim=(0, 24), xlabel="hour of day", title="Shift rota")
