# /// example
# task = """
# Build the price list below as `prices` and keep the 3 cheapest items in `cheapest`, cheapest \
# first, keeping every item tied with the third-cheapest price (so there may be more than 3 \
# rows).
#
# ```text
#     item  price
# 0    tea    1.2
# 1   cola    0.9
# 2  water    0.5
# 3  juice    1.5
# 4   soda    0.9
# 5   milk    0.9
# ```
#
# Wanted `cheapest`:
#
# ```text
#     item  price
# 2  water    0.5
# 1   cola    0.9
# 4   soda    0.9
# 5   milk    0.9
# ```"""
# prompt = """
# For a promo I take the 3 cheapest drinks from `prices`, but it would be unfair to drop a drink \
# that costs the same as the third one, so ties at the cut-off stay in. Result `cheapest`, \
# cheapest first:
#
# ```text
#     item  price
# 0    tea    1.2
# 1   cola    0.9
# 2  water    0.5
# 3  juice    1.5
# 4   soda    0.9
# 5   milk    0.9
# ```
#
# should give
#
# ```text
#     item  price
# 2  water    0.5
# 1   cola    0.9
# 4   soda    0.9
# 5   milk    0.9
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'cheapest["item"].tolist() == ["water", "cola", "soda", "milk"]',
#     'cheapest.index.tolist() == [2, 1, 4, 5] and np.allclose(cheapest["price"], [0.5, 0.9, 0.9, 0.9])',
# ]
# difficulty = 'basic'
# tags = ['sorting', 'row-selection', 'ranking']
# ///
import pandas as pd

prices = pd.DataFrame(
    {
        "item": ["tea", "cola", "water", "juice", "soda", "milk"],
        "price": [1.2, 0.9, 0.5, 1.5, 0.9, 0.9],
    }
)
# keep="all" keeps every row tied with the last selected value, even beyond n rows
cheapest = prices.nsmallest(3, "price", keep="all")
