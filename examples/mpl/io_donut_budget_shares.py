# /// example
# task = """
# Build the monthly budget below as the Series `budget` (indexed by category, in the order \
# shown) and draw it as a donut chart on `fig, ax`: one wedge per category, counter-clockwise \
# from the top (12 o'clock), ring width 0.35, and each wedge's share written inside the ring \
# with one decimal and a "%" sign, as in the wanted output.
#
# ```text
# category   amount
# rent         1200
# food          450
# transport     150
# leisure       200
# ```
#
# Wanted:
#
# ```text
# wedge      share label
# rent       60.0%
# food       22.5%
# transport  7.5%
# leisure    10.0%
# first wedge starts at 90 degrees
# ```"""
# prompt = """
# Here's my monthly budget; can you make it a Series `budget` and a donut chart on `fig, ax`? \
# Wedges in this order counter-clockwise starting at the top, ring 0.35 wide, and the \
# percentage of each category printed on its wedge like below.
#
# ```text
# category   amount
# rent         1200
# food          450
# transport     150
# leisure       200
# ```
#
# What I expect:
#
# ```text
# wedge      share label
# rent       60.0%
# food       22.5%
# transport  7.5%
# leisure    10.0%
# first wedge starts at 90 degrees
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = {}
# checks = [
#     'budget.to_dict() == {"rent": 1200, "food": 450, "transport": 150, "leisure": 200}',
#     '[w.get_label() for w in ax.patches] == ["rent", "food", "transport", "leisure"] and all(np.isclose(w.width, 0.35) for w in ax.patches)',
#     # wedges in order from 90 degrees, each spanning its share
#     'np.isclose(ax.patches[0].theta1 % 360, 90) and np.allclose([(w.theta2 - w.theta1) / 360 for w in ax.patches], [0.6, 0.225, 0.075, 0.1])',
#     '[t for t in figure_summary(fig).axes[0].texts if t.endswith("%")] == ["60.0%", "22.5%", "7.5%", "10.0%"]',
# ]
# difficulty = 'basic'
# tags = ['styling', 'annotation']
# ///
import matplotlib.pyplot as plt
import pandas as pd

budget = pd.Series({"rent": 1200, "food": 450, "transport": 150, "leisure": 200})

fig, ax = plt.subplots(figsize=(4, 4))
ax.pie(
    budget,
    labels=budget.index,
    startangle=90,
    autopct="%.1f%%",
    # pctdistance between the hole (0.65) and the rim (1.0) puts the labels on the ring
    pctdistance=0.82,
    wedgeprops={"width": 0.35},
)
ax.set_title("Monthly budget")
