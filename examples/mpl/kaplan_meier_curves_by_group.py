# /// example
# task = """
# Plot the Kaplan-Meier survival curves of the two groups of `patients` (`time` in months, \
# `event` True = death observed, False = censored, `group` "A"/"B") on the Axes `ax`: estimate \
# each group's curve with `scipy.stats.ecdf` on `scipy.stats.CensoredData` and draw it with \
# `ax.step(..., where="post")` (drawstyle "steps-post") through the points (0, 1) followed by \
# each distinct time of the group (deaths and censorings, increasing) and the survival estimate \
# there, group "A" first, legend labels "A" and "B". Skip a group without patients. Label the \
# axes "time (months)" and "survival probability", title "Kaplan-Meier estimate". Keep the \
# figure in `fig`."""
# prompt = """
# Can you draw Kaplan-Meier curves for groups A and B of `patients` (`time` in months, `event` \
# True if the death was observed, False if censored, `group`)? Estimate them with scipy's ecdf \
# on censored data and draw each as a post-step line with `ax.step(..., where="post")` \
# (drawstyle "steps-post") starting at (0, 1) and then one point per distinct time of the group \
# (deaths and censorings, in increasing order) at the estimated survival, group "A" first, with \
# legend labels "A" and "B" (leave out a group that has no patients). Axis labels "time \
# (months)" and "survival probability", title "Kaplan-Meier estimate", the Axes in `ax` and the \
# figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'scipy.stats', 'numpy']
# inputs = { patients = 'survival' }
# checks = [
#     "figure_summary(fig).axes[0].legend_labels == [g for g in ('A', 'B') if (patients['group'] == g).any()]",
#     # per group: the product-limit estimate by hand at 0 and at every distinct time
#     "all(np.allclose(xy, np.column_stack([np.r_[0.0, np.unique(t)], np.r_[1.0, [np.prod([1 - ((t == s) & e).sum() / (t >= s).sum() for s in np.unique(t[e & (t <= u)])]) for u in np.unique(t)]]])) for xy, (t, e) in zip(figure_summary(fig).axes[0].lines_xy, [(patients.loc[patients['group'] == g, 'time'].to_numpy(), patients.loc[patients['group'] == g, 'event'].to_numpy()) for g in ('A', 'B') if (patients['group'] == g).any()], strict=True))",
#     "all(line.get_drawstyle() == 'steps-post' for line in ax.lines)",
#     "figure_summary(fig).axes[0].xlabel == 'time (months)' and figure_summary(fig).axes[0].ylabel == 'survival probability'",
#     "figure_summary(fig).axes[0].title == 'Kaplan-Meier estimate'",
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'ecdf', 'applied-science', 'legend']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

fig, ax = plt.subplots()
for name in ["A", "B"]:
    group = patients[patients["group"] == name]
    if group.empty:
        continue
    died = group["event"].to_numpy()
    km = stats.ecdf(stats.CensoredData.right_censored(group["time"].to_numpy(), ~died))
    # prepend time 0, where everyone is still alive, so each curve starts at 1
    times = np.r_[0.0, km.sf.quantiles]
    survival = np.r_[1.0, km.sf.probabilities]
    ax.step(times, survival, where="post", label=name)
ax.set_xlabel("time (months)")
ax.set_ylabel("survival probability")
ax.set_title("Kaplan-Meier estimate")
ax.legend(title="group")
