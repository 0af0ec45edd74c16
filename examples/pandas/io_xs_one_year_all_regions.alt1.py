import pandas as pd

stats = pd.DataFrame(
    {"sales": [10, 12, 7, 9, 15, 16], "staff": [3, 3, 2, 2, 5, 6]},
    index=pd.MultiIndex.from_product(
        [["east", "north", "west"], [2022, 2023]], names=["region", "year"]
    ),
)
idx = pd.IndexSlice
y2023 = stats.loc[idx[:, 2023], :].droplevel("year")
