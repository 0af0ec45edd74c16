import pandas as pd

genres = [["comedy", "drama"], ["action"], ["action", "comedy", "thriller"], ["drama"], ["comedy"]]

# one row per (movie, genre) pair, then a movie x genre cross-tabulation
long = pd.Series(genres).explode()
table = pd.crosstab(long.index, long).clip(upper=1)
genre_names = list(table.columns)
indicators = table.to_numpy()
genre_counts = indicators.sum(axis=0)
