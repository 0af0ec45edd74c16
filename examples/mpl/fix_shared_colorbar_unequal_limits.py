# /// example
# task = """
# This code should show the first and the last frame of the image stack `frames` side by side in \
# the figure `fig` with one colorbar for both, so that equal colours mean equal values in the two \
# panels. It runs, but each panel gets its own colour scale and the colorbar only describes the \
# right one:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, axes = plt.subplots(1, 2, figsize=(8, 3.5), layout="constrained")
# for ax, index in zip(axes, [0, len(frames) - 1]):
#     image = ax.imshow(frames[index], cmap="inferno")
#     ax.set_title(f"frame {index}")
# fig.colorbar(image, ax=axes, label="intensity")
# ```
#
# Fix it so both panels and the colorbar span the minimum to the maximum of the two frames."""
# prompt = """
# I show the first and last frame of my stack `frames` next to each other in `fig` with a \
# single shared colorbar labelled "intensity", but the colours don't mean the same in both \
# panels:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, axes = plt.subplots(1, 2, figsize=(8, 3.5), layout="constrained")
# for ax, index in zip(axes, [0, len(frames) - 1]):
#     image = ax.imshow(frames[index], cmap="inferno")
#     ax.set_title(f"frame {index}")
# fig.colorbar(image, ax=axes, label="intensity")
# ```
#
# Both panels and the colorbar should run from the smallest to the largest value of the two \
# frames together."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     '(lambda s, lo, hi: [a.n_images for a in s.axes if a.n_images] == [1, 1] and all(np.allclose(a.color_limits[0], (lo, hi)) for a in s.axes if a.n_images) and len(s.colorbar_ranges) == 1 and np.allclose(s.colorbar_ranges[0], (lo, hi)))(figure_summary(fig), min(frames[0].min(), frames[-1].min()), max(frames[0].max(), frames[-1].max()))',
#     '[np.allclose(a.images[0].get_array(), frame) for a, frame in zip([a for a in fig.axes if a.images], [frames[0], frames[-1]])] == [True, True]',
#     # the fix keeps what the code had right: the colorbar's label
#     'figure_summary(fig).colorbar_labels == ["intensity"]',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'image-plot', 'colorbar', 'colormap']
# edge_cases = { constant = false, why = 'a colour scale needs frames whose values vary' }
# ///
import matplotlib.pyplot as plt

pair = [0, len(frames) - 1]
# without vmin/vmax each imshow scales to its own frame; fix one range for both
vmin = min(frames[i].min() for i in pair)
vmax = max(frames[i].max() for i in pair)
fig, axes = plt.subplots(1, 2, figsize=(8, 3.5), layout="constrained")
for ax, index in zip(axes, pair, strict=True):
    image = ax.imshow(frames[index], cmap="inferno", vmin=vmin, vmax=vmax)
    ax.set_title(f"frame {index}")
fig.colorbar(image, ax=axes, label="intensity")
