# /// example
# task = """
# Plot three replicate curves from the dict `replicates` ("rep 1": `y`, "rep 2": 1.05 `y`, and \
# "rep 3": 0.95 `y` without its last ten readings) against the shared `x`; the third replicate is \
# too short, so `ax.plot` raises ValueError for it: catch the error, store its message in `errors` \
# (replicate name -> message), and plot the overlapping part dotted with the label \
# "<name> (truncated)" instead of dropping it. Label the axes, title and legend. Keep the figure \
# in `fig`."""
# prompt = """
# I'm plotting three replicate growth curves against a shared `x`, stored in a dict `replicates`: \
# "rep 1" is `y`, "rep 2" is 1.05 times `y`, and "rep 3" is 0.95 times `y` without its last ten \
# readings. Plotting "rep 3" raises a ValueError about mismatched shapes, so catch it, store the \
# message in `errors` (replicate name -> message), and rather than dropping that replicate, plot \
# its overlapping part as a dotted line labelled "<name> (truncated)", i.e. "rep 3 (truncated)". \
# Label the axes, add a title and a legend, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     # "rep 3" drops the last ten readings; matplotlib's message names the two mismatched lengths
#     "np.allclose(replicates['rep 3'], 0.95 * y[:-10]) and list(errors) == ['rep 3'] and str(len(x)) in errors['rep 3'] and str(len(replicates['rep 3'])) in errors['rep 3']",
#     'figure_summary(fig).axes[0].n_lines == 3',
#     "figure_summary(fig).axes[0].legend_labels == [f'{name} (truncated)' if name in errors else name for name in replicates]",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

replicates = {"rep 1": y, "rep 2": 1.05 * y, "rep 3": 0.95 * y[:-10]}

fig, ax = plt.subplots()
errors = {}
for name, values in replicates.items():
    # plot raises ValueError when x and y differ in length, before anything is drawn for that pair
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
