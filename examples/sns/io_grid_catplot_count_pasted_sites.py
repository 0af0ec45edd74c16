# /// example
# task = """
# Build the survey answers below as the table `answers` (columns `site`, `answer`) and draw with \
# seaborn's `catplot` (`kind="count"`) the number of each answer, one panel per site (sites in \
# the order North, South), answers along x in the order "no", "maybe", "yes", each panel titled \
# with the bare site name. Keep the grid in `g`.
#
# ```text
# site   answer
# North  yes
# North  no
# North  yes
# North  maybe
# North  yes
# South  no
# South  no
# South  maybe
# South  yes
# ```
#
# Wanted:
#
# ```text
# North:  no 1  maybe 1  yes 3
# South:  no 2  maybe 1  yes 1
# ```"""
# prompt = """
# Here are the answers from two sites. Please load them into a DataFrame `answers` and give me \
# seaborn `catplot` count panels, one per site (North then South, titled just with the site), \
# with the answers in the order "no", "maybe", "yes". Keep the grid as `g`.
#
# ```text
# site   answer
# North  yes
# North  no
# North  yes
# North  maybe
# North  yes
# South  no
# South  no
# South  maybe
# South  yes
# ```
#
# I expect:
#
# ```text
# North:  no 1  maybe 1  yes 3
# South:  no 2  maybe 1  yes 1
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas']
# inputs = {}
# checks = [
#     '[ax.get_title() for ax in g.axes.flat] == ["North", "South"]',
#     'all([t.get_text() for t in ax.get_xticklabels()] == ["no", "maybe", "yes"] for ax in g.axes.flat)',
#     'list(np.concatenate(axes_summary(g.axes_dict["North"]).bar_heights)) == [1, 1, 3] and list(np.concatenate(axes_summary(g.axes_dict["South"]).bar_heights)) == [2, 1, 1]',
#     'answers.value_counts(["site", "answer"]).to_dict() == {("North", "yes"): 3, ("North", "no"): 1, ("North", "maybe"): 1, ("South", "no"): 2, ("South", "maybe"): 1, ("South", "yes"): 1}',
# ]
# difficulty = 'basic'
# tags = ['counting', 'categorical', 'facets']
# ///
import pandas as pd
import seaborn as sns

answers = pd.DataFrame(
    {
        "site": ["North"] * 5 + ["South"] * 4,
        "answer": ["yes", "no", "yes", "maybe", "yes", "no", "no", "maybe", "yes"],
    }
)
# order= fixes the answer scale; otherwise bars follow first appearance
g = sns.catplot(
    data=answers,
    x="answer",
    col="site",
    col_order=["North", "South"],
    kind="count",
    order=["no", "maybe", "yes"],
    height=2,
)
g.set_titles("{col_name}")
