# /// example
# task = """
# Draw a seaborn scatter plot of `pressure` against `temperature` from the DataFrame \
# `measurements` coloured by `humidity` (continuous "crest" palette) on `fig, ax`; label the \
# axes, add a title, then place the legend outside the axes to the right with `sns.move_legend` \
# (anchored at the upper-left corner to (1, 1), no frame, title "Humidity")."""
# prompt = """
# Make a seaborn scatter plot of `pressure` against `temperature` from my DataFrame \
# `measurements`, coloured by `humidity` with the continuous "crest" palette, on `fig, ax`; label \
# the axes and add a title. The legend covers the points, so move it outside the axes on the \
# right (its upper-left corner anchored at (1, 1)), without a frame and with the title "Humidity"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { measurements = 'measurements' }
# checks = [
#     "ax.get_legend().get_title().get_text() == 'Humidity'",
#     'ax.get_legend().get_window_extent().x0 >= ax.get_window_extent().x1 - 1',
#     'not ax.get_legend().get_frame_on()',
#     'len(ax.collections[0].get_offsets()) == len(measurements)',
# ]
# difficulty = 'intermediate'
# tags = ['legend', 'scatter-plot', 'semantic-mapping', 'colormap']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
sns.scatterplot(
    data=measurements, x="temperature", y="pressure", hue="humidity", palette="crest", ax=ax
)
ax.set(xlabel="Temperature", ylabel="Pressure", title="Pressure vs temperature")
# move_legend rebuilds the legend with the new options; "upper left" at (1, 1) pins its
# corner to the axes' top right, outside the plot
sns.move_legend(ax, "upper left", bbox_to_anchor=(1, 1), frameon=False, title="Humidity")
