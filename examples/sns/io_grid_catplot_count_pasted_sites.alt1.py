import pandas as pd
import seaborn as sns

answers = pd.DataFrame(
    [
        ("North", "yes"),
        ("North", "no"),
        ("North", "yes"),
        ("North", "maybe"),
        ("North", "yes"),
        ("South", "no"),
        ("South", "no"),
        ("South", "maybe"),
        ("South", "yes"),
    ],
    columns=["site", "answer"],
)
# an ordered categorical carries the answer scale into the plot
answers["answer"] = pd.Categorical(
    answers["answer"], categories=["no", "maybe", "yes"], ordered=True
)
g = sns.catplot(
    answers, x="answer", col="site", col_order=["North", "South"], kind="count", height=2
)
g.set_titles(col_template="{col_name}")
