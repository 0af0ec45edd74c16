# /// example
# task = """
# Build the list of ticket priorities below as `priorities` and draw, with seaborn on `fig, ax`, \
# a vertical count bar per priority along the x axis in the fixed order low, medium, high (not \
# alphabetical, not order of appearance), with the y axis labelled "tickets".
#
# ```text
# medium, high, low, medium, medium, high, low, medium, high, medium
# ```
#
# Wanted chart:
#
# ```text
# x tick labels:  low  medium  high
# bar heights:      2       5     3
# y label:        tickets
# ```"""
# prompt = """
# These are the priorities of last week's tickets; put them in `priorities` and give me a \
# seaborn count plot on `fig, ax`, vertical bars in the order low, medium, high and the y label "tickets":
#
# ```text
# medium, high, low, medium, medium, high, low, medium, high, medium
# ```
#
# I expect:
#
# ```text
# x tick labels:  low  medium  high
# bar heights:      2       5     3
# y label:        tickets
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = {}
# checks = [
#     'figure_summary(fig).axes[0].xticklabels == ["low", "medium", "high"]',
#     # the bars read left to right, whatever the number of bar groups seaborn used
#     '(lambda s: [h for _, h in sorted((c, h) for cs, hs in zip(s.bar_centers, s.bar_heights) for c, h in zip(cs, hs) if h > 0)] == [2, 5, 3] and set(s.bar_orientations) == {"vertical"})(figure_summary(fig).axes[0])',
#     'figure_summary(fig).axes[0].ylabel == "tickets"',
#     'sorted(priorities) == sorted(["medium", "high", "low", "medium", "medium", "high", "low", "medium", "high", "medium"])',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'counting', 'categorical']
# ///
import matplotlib.pyplot as plt
import seaborn as sns

priorities = [
    "medium",
    "high",
    "low",
    "medium",
    "medium",
    "high",
    "low",
    "medium",
    "high",
    "medium",
]

fig, ax = plt.subplots(figsize=(5, 3.5))
# order= fixes the category sequence; otherwise seaborn uses order of first appearance
sns.countplot(x=priorities, order=["low", "medium", "high"], color="tab:blue", ax=ax)
ax.set(xlabel="priority", ylabel="tickets", title="Tickets by priority")
