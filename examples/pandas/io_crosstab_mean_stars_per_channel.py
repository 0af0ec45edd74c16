# /// example
# task = """
# Build the review table below as `ratings` and lay out the mean `stars` per `product` (rows) \
# and sales `channel` (columns) in `mean_stars`, NaN where a product has no review in a channel.
#
# ```text
#   product channel  stars
# 0     mug     web      4
# 1     mug   store      5
# 2    lamp     web      1
# 3    lamp     web      1
# 4     mug     web      5
# 5    lamp   store      4
# 6     pen   store      1
# 7    lamp     web      4
# ```
#
# Wanted `mean_stars`:
#
# ```text
# channel  store  web
# product
# lamp       4.0  2.0
# mug        5.0  4.5
# pen        1.0  NaN
# ```"""
# prompt = """
# From my product reviews `ratings`
#
# ```text
#   product channel  stars
# 0     mug     web      4
# 1     mug   store      5
# 2    lamp     web      1
# 3    lamp     web      1
# 4     mug     web      5
# 5    lamp   store      4
# 6     pen   store      1
# 7    lamp     web      4
# ```
#
# I want a product x channel grid of average stars, `mean_stars`, with NaN where there's no \
# review:
#
# ```text
# channel  store  web
# product
# lamp       4.0  2.0
# mug        5.0  4.5
# pen        1.0  NaN
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'mean_stars.index.tolist() == ["lamp", "mug", "pen"] and mean_stars.columns.tolist() == ["store", "web"]',
#     'np.allclose(mean_stars.to_numpy(dtype=float), [[4.0, 2.0], [5.0, 4.5], [1.0, np.nan]], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['contingency-table', 'aggregation', 'reshaping']
# ///
import pandas as pd

ratings = pd.DataFrame(
    {
        "product": ["mug", "mug", "lamp", "lamp", "mug", "lamp", "pen", "lamp"],
        "channel": ["web", "store", "web", "web", "web", "store", "store", "web"],
        "stars": [4, 5, 1, 1, 5, 4, 1, 4],
    }
)
# values= with aggfunc= turns the count table into a table of per-cell means
mean_stars = pd.crosstab(
    ratings["product"], ratings["channel"], values=ratings["stars"], aggfunc="mean"
)
