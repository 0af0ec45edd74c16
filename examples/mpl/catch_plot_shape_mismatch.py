# /// example
# task = """
# Plot three replicate curves from the dict `replicates` ("rep 1": `y`, "rep 2": 1.05 `y`, and \
# "rep 3": 0.95 `y` without its last ten readings) against the shared `x`; the third replicate is \
# too short, so `ax.plot` raises ValueError for it: catch the error, store its message in `errors` \
# (replicate name -> message), and plot the overlapping part dotted with the label \
# "<name> (truncated)" instead of dropping it. Label the axes, title and legend. Keep the figure \
# in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     # "rep 3" drops the last ten readings; matplotlib's message names the two mismatched lengths
#     "np.allclose(replicates['rep 3'], 0.95 * y[:-10]) and list(errors) == ['rep 3'] and str(len(x)) in errors['rep 3'] and str(len(replicates['rep 3'])) in errors['rep 3']",
#     'figure_summary(fig).axes[0].n_lines == 3',
#     "figure_summary(fig).axes[0].legend_labels == [f'{name} (truncated)' if name in errors else name for name in replicates]",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'shape-mismatch', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

replicates = {"rep 1": y, "rep 2": 1.05 * y, "rep 3": 0.95 * y[:-10]}

fig, ax = plt.subplots()
errors = {}
for name, values in replicates.items():
    try:
        ax.plot(x, values, marker=".", label=name)
    except ValueError as err:
        errors[name] = str(err)
        n = min(len(x), len(values))
        ax.plot(x[:n], values[:n], marker=".", linestyle=":", label=f"{name} (truncated)")
ax.set_xlabel("time (h)")
ax.set_ylabel("population size")
ax.set_title("Replicate growth curves")
ax.legend()
