# /// example
# task = """
# Build the order table below as `orders`, where `items` lists the items separated by "; " \
# (empty text for an empty basket), and add the integer column `n_items` with the number of \
# items in each basket.
#
# ```text
#    order_id             items
# 0         1  apple; pear; fig
# 1         2              kiwi
# 2         3
# 3         4        plum; plum
# ```
#
# Wanted `orders`:
#
# ```text
#    order_id             items  n_items
# 0         1  apple; pear; fig        3
# 1         2              kiwi        1
# 2         3                          0
# 3         4        plum; plum        2
# ```"""
# prompt = """
# The shop exports each basket as one text field, items separated by "; ", and an empty string \
# for an empty basket. How many items does each order in `orders` have? I'd like an integer \
# column `n_items`:
#
# ```text
#    order_id             items
# 0         1  apple; pear; fig
# 1         2              kiwi
# 2         3
# 3         4        plum; plum
# ```
#
# becomes
#
# ```text
#    order_id             items  n_items
# 0         1  apple; pear; fig        3
# 1         2              kiwi        1
# 2         3                          0
# 3         4        plum; plum        2
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'orders["n_items"].tolist() == [3, 1, 0, 2]',
#     'pd.api.types.is_integer_dtype(orders["n_items"])',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'counting', 'derived-columns']
# ///
import pandas as pd

orders = pd.DataFrame(
    {"order_id": [1, 2, 3, 4], "items": ["apple; pear; fig", "kiwi", "", "plum; plum"]}
)
# n items have n - 1 separators; an empty basket has neither separators nor an item
separators = orders["items"].str.count(";")
orders["n_items"] = (separators + (orders["items"].str.len() > 0)).astype(int)
