# /// example
# task = """
# Scatter the first two features of the binary classification data `X` (n x 6) with seaborn's \
# `scatterplot` on `fig, ax`, telling the classes in `y` (0 or 1) apart by colour and by marker \
# shape at once (`hue` and `style` both set to `y`), class 0 drawn with "o" and class 1 with "X" \
# (`markers={0: "o", 1: "X"}`), so the plot also reads in greyscale. Label the axes "feature 0" \
# and "feature 1"."""
# prompt = """
# Plot feature 0 against feature 1 of my `X` with seaborn on `fig, ax`, classes from `y` shown both \
# by colour and by marker: "o" for class 0 and "X" for class 1, so it still works when printed \
# in black and white. Axis labels "feature 0" and "feature 1"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'np.allclose(np.vstack(figure_summary(fig).axes[0].scatter_xy), X[:, :2])',
#     # every point of a class has that class's marker path: the "o" and "X" marker shapes
#     '(lambda paths: all(np.allclose(paths[i].vertices, matplotlib.markers.MarkerStyle({0: "o", 1: "X"}[int(y[i])]).get_path().transformed(matplotlib.markers.MarkerStyle({0: "o", 1: "X"}[int(y[i])]).get_transform()).vertices) for i in range(len(y))))(ax.collections[0].get_paths())',
#     # one colour per class
#     '(lambda fc: all(len({tuple(np.round(c, 4)) for c in fc[y == k]}) == 1 for k in np.unique(y)) and len({tuple(np.round(c, 4)) for c in fc}) == len(np.unique(y)))(ax.collections[0].get_facecolors())',
#     'figure_summary(fig).axes[0].xlabel == "feature 0" and figure_summary(fig).axes[0].ylabel == "feature 1"',
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'semantic-mapping', 'classification']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 4))
# style= maps the class to a marker shape, so it survives without colour
sns.scatterplot(
    x=X[:, 0],
    y=X[:, 1],
    hue=y,
    style=y,
    markers={0: "o", 1: "X"},
    palette="colorblind",
    ax=ax,
)
ax.set(xlabel="feature 0", ylabel="feature 1", title="Two classes")
