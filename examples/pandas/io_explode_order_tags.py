# /// example
# task = """
# Build the table below as `orders` (the `tags` cells are Python lists) and turn it into `long`: \
# one row per order and tag, the column renamed to `tag`, with a fresh 0..n-1 index.
#
# ```text
#    order_id                tags
# 0       101         [red, blue]
# 1       102             [green]
# 2       103  [red, green, blue]
# ```
#
# Wanted `long`:
#
# ```text
#    order_id    tag
# 0       101    red
# 1       101   blue
# 2       102  green
# 3       103    red
# 4       103  green
# 5       103   blue
# ```"""
# prompt = """
# My `orders` frame keeps a list of tags in each cell and I want it long, in `long`:
#
# ```text
#    order_id                tags
# 0       101         [red, blue]
# 1       102             [green]
# 2       103  [red, green, blue]
# ```
#
# I need one row per tag, in a frame `long` with the column called `tag` and a clean index, like this:
#
# ```text
#    order_id    tag
# 0       101    red
# 1       101   blue
# 2       102  green
# 3       103    red
# 4       103  green
# 5       103   blue
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'long["order_id"].tolist() == [101, 101, 102, 103, 103, 103]',
#     'long["tag"].tolist() == ["red", "blue", "green", "red", "green", "blue"]',
#     'list(long.index) == [0, 1, 2, 3, 4, 5]',
#     'list(long.columns) == ["order_id", "tag"]',
# ]
# difficulty = 'basic'
# tags = ['nested-data', 'reshaping']
# ///
import pandas as pd

orders = pd.DataFrame(
    {
        "order_id": [101, 102, 103],
        "tags": [["red", "blue"], ["green"], ["red", "green", "blue"]],
    }
)
# ignore_index=True renumbers the rows instead of repeating each order's index
long = orders.explode("tags", ignore_index=True).rename(columns={"tags": "tag"})
