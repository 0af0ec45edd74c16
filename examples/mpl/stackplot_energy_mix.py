# /// example
# task = """
# Make a stacked area chart with `stackplot` of yearly generation from three sources held in the \
# dict `sources` ("coal", "gas", "renewables"; simulated for 2000-2020 in `years`, coal falling \
# linearly from 60 to 25 TWh and renewables rising from 5 to 50 TWh), one legend \
# entry per source in the upper left, axes labels and a title. Keep the figure in `fig` and its \
# Axes in `ax`."""
# prompt = """
# Simulate yearly electricity generation for every year 2000-2020 (`years`) from three sources \
# held in a dict `sources` with keys "coal", "gas" and "renewables", with coal falling linearly \
# from 60 to 25 TWh and renewables rising from 5 to 50 TWh, and show it as a stacked area chart \
# with one legend entry per source in the upper left. Label the axes, add a title, and keep the \
# figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'figure_summary(fig).axes[0].n_collections == len(sources) == 3',
#     "figure_summary(fig).axes[0].legend_labels == ['coal', 'gas', 'renewables']",
#     'np.isclose(ax.get_ylim()[1], sum(sources.values()).max(), rtol=0.1)',
#     'years[0] == 2000 and years[-1] == 2020 and np.allclose(np.diff(years), 1)',
#     "np.allclose(sources['coal'], np.linspace(60, 25, len(years)))",
#     "np.isclose(sources['renewables'][0], 5) and np.isclose(sources['renewables'][-1], 50)",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['filled-area', 'time-series']
# ///
import matplotlib.pyplot as plt
import numpy as np

years = np.arange(2000, 2021)
trend = (years - years[0]) / (years[-1] - years[0])
sources = {
    "coal": 60 - 35 * trend,
    "gas": 25 + 10 * np.sin(np.pi * trend),
    "renewables": 5 + 45 * trend**2,
}

fig, ax = plt.subplots()
# each series is stacked on the ones before it, so the top edge is the total generation
ax.stackplot(
    years,
    list(sources.values()),
    labels=list(sources),
    colors=["#4d4d4d", "#f4a582", "#4dac26"],
    alpha=0.85,
)
ax.set_xlabel("year")
ax.set_ylabel("generation (TWh)")
ax.set_title("Electricity generation by source")
ax.legend(loc="upper left")
