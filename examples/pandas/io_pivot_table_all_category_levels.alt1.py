import pandas as pd

levels = pd.CategoricalDtype(["poor", "fair", "good", "great"], ordered=True)
feedback = pd.DataFrame(
    {
        "store": ["north", "south", "north", "south", "north", "south"],
        "rating": pd.Series(["good", "fair", "great", "good", "good", "fair"], dtype=levels),
    }
)
counts = pd.crosstab(feedback["store"], feedback["rating"], dropna=False)
