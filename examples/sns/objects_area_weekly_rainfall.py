# /// example
# task = """
# From the daily table `weather` (DatetimeIndex, column `rainfall` in mm), compute the weekly \
# rainfall totals (pandas weeks ending on Sunday, `"W"`) into the Series `weekly`, and draw them \
# as a filled area down to zero with the seaborn objects interface (`so.Area`) on `fig, ax`, with \
# the axis labels "week" and "rainfall (mm)" and a title."""
# prompt = """
# I have daily `rainfall` in my `weather` frame (dates in the index). Can you total it per week \
# (weeks ending Sunday, pandas `"W"`), keep that in `weekly`, and show it as a filled area chart \
# using seaborn.objects on `fig, ax`? Axis labels "week" and "rainfall (mm)", plus a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = { weather = 'weather' }
# checks = [
#     'np.allclose(np.asarray(weekly, dtype=float), weather["rainfall"].resample("W").sum().to_numpy())',
#     # every weekly total is a vertex of the filled outline, at its week's date
#     '(lambda verts, totals: all(np.isclose(verts, [d, v], rtol=0, atol=1e-6 + 1e-6 * abs(v)).all(axis=1).any() for d, v in zip(matplotlib.dates.date2num(totals.index), totals.to_numpy())))(np.vstack([p.get_path().vertices for p in ax.patches] + [q.vertices for c in ax.collections for q in c.get_paths()]), weather["rainfall"].resample("W").sum())',
#     # the area is filled down to a zero baseline
#     'np.isclose(np.vstack([p.get_path().vertices for p in ax.patches] + [q.vertices for c in ax.collections for q in c.get_paths()])[:, 1].min(), 0)',
#     'figure_summary(fig).axes[0].xlabel == "week" and figure_summary(fig).axes[0].ylabel == "rainfall (mm)" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['filled-area', 'resampling', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

# "W" bins the days into calendar weeks that end on Sunday
weekly = weather["rainfall"].resample("W").sum()

fig, ax = plt.subplots(figsize=(6, 3))
(
    so.Plot(x=weekly.index, y=weekly.to_numpy())
    .add(so.Area())
    .label(x="week", y="rainfall (mm)", title="Weekly rainfall")
    .on(ax)
    .plot()
)
