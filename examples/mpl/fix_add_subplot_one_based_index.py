# /// example
# task = """
# `frames` is a stack of images (frames x rows x columns). This code should show the first, \
# middle and last frame side by side in the figure `fig`, each titled "frame <index>", but it \
# raises an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# shown = [0, len(frames) // 2, len(frames) - 1]
# fig = plt.figure(figsize=(9, 3), layout="constrained")
# for i, k in enumerate(shown):
#     ax = fig.add_subplot(1, 3, i)
#     ax.imshow(frames[k], cmap="magma")
#     ax.set_title(f"frame {k}")
# ```
#
# ```text
# ValueError: num must be an integer with 1 <= num <= 3, not 0
# ```
#
# Fix it."""
# prompt = """
# From my image stack `frames` I want the first, middle and last frame in one row in `fig`, \
# titled like "frame 0":
#
# ```python
# import matplotlib.pyplot as plt
#
# shown = [0, len(frames) // 2, len(frames) - 1]
# fig = plt.figure(figsize=(9, 3), layout="constrained")
# for i, k in enumerate(shown):
#     ax = fig.add_subplot(1, 3, i)
#     ax.imshow(frames[k], cmap="magma")
#     ax.set_title(f"frame {k}")
# ```
#
# ```text
# ValueError: num must be an integer with 1 <= num <= 3, not 0
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { frames = 'frames' }
# checks = [
#     'figure_summary(fig).n_axes == 3',
#     'figure_summary(fig).titles == [f"frame {k}" for k in [0, len(frames) // 2, len(frames) - 1]]',
#     'all(np.array_equal(ax.image_arrays[0], frames[k]) for ax, k in zip(figure_summary(fig).axes, [0, len(frames) // 2, len(frames) - 1]))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'subplots', 'image-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

shown = [0, len(frames) // 2, len(frames) - 1]
fig = plt.figure(figsize=(9, 3), layout="constrained")
for i, k in enumerate(shown):
    # subplot positions count from 1, like MATLAB, not from 0
    ax = fig.add_subplot(1, 3, i + 1)
    ax.imshow(frames[k], cmap="magma")
    ax.set_title(f"frame {k}")
