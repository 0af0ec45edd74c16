# /// example
# task = """
# Build a `subplot_mosaic` layout `axd` with a tall panel "scatter" on the left (pressure against \
# temperature of the DataFrame `df`) and two stacked panels "hist_t" and "hist_p" on the right \
# (20-bin histograms of temperature and pressure, titled "Temperature" and "Pressure"); give every \
# panel a title and axis labels. Keep the figure in `fig`."""
# prompt = """
# Build a mosaic layout `axd` with a tall panel "scatter" on the left showing pressure against \
# temperature from `df`, and two stacked panels "hist_t" and "hist_p" on the right with 20-bin \
# histograms of temperature and pressure, titled "Temperature" and "Pressure". Every panel needs \
# a title and axis labels; keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { df = 'measurements' }
# checks = [
#     "set(axd) == {'scatter', 'hist_t', 'hist_p'}",
#     'set(fig.axes) == set(axd.values())',
#     "axd['scatter'].collections[0].get_offsets().shape[0] == len(df)",
#     "axd['hist_t'].get_title() == 'Temperature' and axd['hist_p'].get_title() == 'Pressure' and len(axd['hist_p'].patches) == 20 and np.isclose(sum(bar.get_height() for bar in axd['hist_p'].patches), len(df))",
#     # each histogram's bar heights are the 20-bin counts of its column
#     "all(np.allclose([bar.get_height() for bar in axd[key].patches], np.histogram(df[column].dropna(), bins=20)[0]) for key, column in [('hist_t', 'temperature'), ('hist_p', 'pressure')])",
# ]
# difficulty = 'intermediate'
# tags = ['subplots', 'histogram', 'scatter-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# repeating "scatter" in both rows makes that one Axes span the two rows of histograms
fig, axd = plt.subplot_mosaic(
    [["scatter", "hist_t"], ["scatter", "hist_p"]], figsize=(9, 5), layout="constrained"
)
axd["scatter"].scatter(df["temperature"], df["pressure"], s=10, alpha=0.7)
axd["scatter"].set(xlabel="temperature", ylabel="pressure", title="Pressure vs temperature")
axd["hist_t"].hist(df["temperature"], bins=20, color="tab:orange")
axd["hist_t"].set(xlabel="temperature", ylabel="count", title="Temperature")
axd["hist_p"].hist(df["pressure"], bins=20, color="tab:green")
axd["hist_p"].set(xlabel="pressure", ylabel="count", title="Pressure")
