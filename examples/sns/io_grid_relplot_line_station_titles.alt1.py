import pandas as pd
import seaborn as sns

rain = pd.DataFrame(
    [
        ("Brest", 1, 120),
        ("Brest", 2, 95),
        ("Brest", 3, 80),
        ("Nice", 1, 70),
        ("Nice", 2, 48),
        ("Nice", 3, 40),
    ],
    columns=["station", "month", "mm"],
)
g = sns.relplot(
    rain, x="month", y="mm", col="station", kind="line", facet_kws={"sharey": False}, height=2
)
g.set_titles(col_template="{col_name} station")
