# /// example
# task = """
# Build the table `customers` below and add `tier`: split `spend` into three equal-count groups by \
# its tertiles, labelled `low`, `mid` and `high`.
#
# ```text
#   customer  spend
# 0        a  120.0
# 1        b   15.0
# 2        c  300.0
# 3        d   45.0
# 4        e   80.0
# 5        f  990.0
# ```
#
# Wanted `customers`:
#
# ```text
#   customer  spend  tier
# 0        a  120.0   mid
# 1        b   15.0   low
# 2        c  300.0  high
# 3        d   45.0   low
# 4        e   80.0   mid
# 5        f  990.0  high
# ```"""
# prompt = """
# I want to put `customers` into three equally sized spend tiers (by tertiles of `spend`) named \
# `low`, `mid`, `high`, in a column `tier`:
#
# ```text
#   customer  spend
# 0        a  120.0
# 1        b   15.0
# 2        c  300.0
# 3        d   45.0
# 4        e   80.0
# 5        f  990.0
# ```
#
# Expected:
#
# ```text
#   customer  spend  tier
# 0        a  120.0   mid
# 1        b   15.0   low
# 2        c  300.0  high
# 3        d   45.0   low
# 4        e   80.0   mid
# 5        f  990.0  high
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'customers["tier"].astype(str).tolist() == ["mid", "low", "high", "low", "mid", "high"]',
#     'customers["spend"].tolist() == [120.0, 15.0, 300.0, 45.0, 80.0, 990.0]',
# ]
# difficulty = 'intermediate'
# tags = ['binning', 'quantiles', 'categorical']
# ///
import pandas as pd

customers = pd.DataFrame(
    {
        "customer": ["a", "b", "c", "d", "e", "f"],
        "spend": [120.0, 15.0, 300.0, 45.0, 80.0, 990.0],
    }
)
# qcut cuts at quantiles, so each tier gets the same number of customers
customers["tier"] = pd.qcut(customers["spend"], q=3, labels=["low", "mid", "high"])
