# /// example
# task = """
# An instrument exports asymmetric uncertainties as signed offsets. For five doses `dose` = \
# [0.1, 0.3, 1, 3, 10] with `response` = [0.05, 0.18, 0.52, 0.81, 0.95], the offsets are \
# `lower_offset` = [-0.02, -0.05, -0.08, -0.06, -0.03] (negative) and `upper_offset` = \
# [0.03, 0.06, 0.07, 0.05, 0.02] (positive), but `errorbar` needs non-negative distances: \
# validate the stacked 2 x n error array `yerr`, count the negative entries in `n_negative`, \
# convert them to magnitudes, then plot `response` against `dose` with these asymmetric error \
# bars on a logarithmic dose axis; label the axes and title. Keep the figure in `fig`."""
# prompt = """
# My instrument exports asymmetric uncertainties as signed offsets. For the 5 doses `dose` = \
# [0.1, 0.3, 1, 3, 10] with `response` = [0.05, 0.18, 0.52, 0.81, 0.95], the lower offsets are \
# `lower_offset` = [-0.02, -0.05, -0.08, -0.06, -0.03] (negative) and the upper ones \
# `upper_offset` = [0.03, 0.06, 0.07, 0.05, 0.02], but error bars need non-negative distances. \
# Stack them into a 2 x n array `yerr`, count its negative entries in `n_negative`, convert them \
# to magnitudes, and plot `response` against `dose` with these asymmetric error bars on a log \
# dose axis, with axis labels and a title; keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'n_negative == 5 and np.all(yerr >= 0)',
#     'np.allclose(yerr, [[0.02, 0.05, 0.08, 0.06, 0.03], [0.03, 0.06, 0.07, 0.05, 0.02]])',
#     'figure_summary(fig).axes[0].n_errorbars == 1',
#     "figure_summary(fig).axes[0].xscale == 'log'",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'validation', 'error-bars']
# ///
import matplotlib.pyplot as plt
import numpy as np

dose = np.array([0.1, 0.3, 1.0, 3.0, 10.0])
response = np.array([0.05, 0.18, 0.52, 0.81, 0.95])
lower_offset = np.array([-0.02, -0.05, -0.08, -0.06, -0.03])
upper_offset = np.array([0.03, 0.06, 0.07, 0.05, 0.02])

yerr = np.vstack([lower_offset, upper_offset])
n_negative = int(np.sum(yerr < 0))
if n_negative:
    # errorbar raises ValueError on negative errors: it wants distances, not offsets
    yerr = np.abs(yerr)

fig, ax = plt.subplots()
ax.errorbar(dose, response, yerr=yerr, fmt="o", capsize=4)
ax.set_xlabel("dose (mg/kg)")
ax.set_ylabel("fractional response")
ax.set_title("Dose response with asymmetric uncertainty")
ax.set_xscale("log")
