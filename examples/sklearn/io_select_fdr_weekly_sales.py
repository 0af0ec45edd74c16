# /// example
# task = """
# Build the table below as a DataFrame with the columns `ad_spend`, `price`, `temperature` and \
# `stock` and the target `sales`. Test each column's linear association with `sales` by the \
# univariate F-test and keep the columns selected by the Benjamini-Hochberg procedure at a \
# false discovery rate of 0.05. Store the F-test p-values in column order in `p_values` and the \
# kept column names in column order in `kept`.
#
# ```text
# ad_spend  price  temperature  stock  sales
#        1    9.5           17     50     12
#        2    9.0           21     48     15
#        3    9.9           17     55     17
#        4    8.5           21     47     22
#        5    9.1           20     52     23
#        6    8.0           24     49     27
#        7    8.8           19     51     28
#        8    7.9           23     53     33
#        9    8.4           21     46     34
#       10    7.5           24     50     38
# ```
#
# Wanted (p-values rounded to 4 decimals):
#
# ```text
# feature      p_value  kept
# ad_spend      0.0000  True
# price         0.0022  True
# temperature   0.0210  True
# stock         0.7406  False
# ```"""
# prompt = """
# Ten weeks of data. Which of my four candidate predictors are related to `sales`? I want \
# per-column F-test p-values in `p_values` and the columns that survive a Benjamini-Hochberg FDR \
# cut at `0.05` in `kept` (names, in column order):
#
# ```text
# ad_spend  price  temperature  stock  sales
#        1    9.5           17     50     12
#        2    9.0           21     48     15
#        3    9.9           17     55     17
#        4    8.5           21     47     22
#        5    9.1           20     52     23
#        6    8.0           24     49     27
#        7    8.8           19     51     28
#        8    7.9           23     53     33
#        9    8.4           21     46     34
#       10    7.5           24     50     38
# ```
#
# I expect this (temperature passes FDR although it would fail a Bonferroni cut):
#
# ```text
# feature      p_value  kept
# ad_spend      0.0000  True
# price         0.0022  True
# temperature   0.0210  True
# stock         0.7406  False
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(np.round(np.asarray(p_values, dtype=float), 4), [0.0000, 0.0022, 0.0210, 0.7406])',
#     'list(kept) == ["ad_spend", "price", "temperature"]',
# ]
# difficulty = 'advanced'
# tags = ['feature-selection', 'multiple-comparisons', 'regression']
# ///
import pandas as pd
from sklearn.feature_selection import SelectFdr, f_regression

X = pd.DataFrame(
    {
        "ad_spend": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        "price": [9.5, 9.0, 9.9, 8.5, 9.1, 8.0, 8.8, 7.9, 8.4, 7.5],
        "temperature": [17, 21, 17, 21, 20, 24, 19, 23, 21, 24],
        "stock": [50, 48, 55, 47, 52, 49, 51, 53, 46, 50],
    }
)
sales = [12, 15, 17, 22, 23, 27, 28, 33, 34, 38]

# SelectFdr applies Benjamini-Hochberg to the score function's p-values
selector = SelectFdr(f_regression, alpha=0.05).fit(X, sales)
p_values = selector.pvalues_
kept = list(selector.get_feature_names_out())
