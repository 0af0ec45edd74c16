# /// example
# task = """
# Make a stacked area chart with `stackplot` of yearly generation from three sources held in the \
# dict `sources` ("coal", "gas", "renewables"; simulated for 2000-2020 in `years`), one legend \
# entry per source in the upper left, axes labels and a title. Keep the figure in `fig` and its \
# Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'figure_summary(fig).axes[0].n_collections == len(sources) == 3',
#     "figure_summary(fig).axes[0].legend_labels == ['coal', 'gas', 'renewables']",
#     'np.isclose(ax.get_ylim()[1], sum(sources.values()).max(), rtol=0.1)',
# ]
# difficulty = 'basic'
# tags = ['stackplot', 'area-chart', 'custom-plotting']
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
