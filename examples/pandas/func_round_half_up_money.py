# /// example
# task = '''
# Write a function `round_half_up` with the signature and docstring below.
#
# ```python
# def round_half_up(values, decimals=2):
#     """Round money amounts the way accountants do: halves away from zero.
#
#     pandas' round sends halves to the even digit (2.5 -> 2) and works on
#     the binary value (1.005 -> 1.0). Here each number is rounded as its
#     shortest decimal text reads, with ties going away from zero:
#     1.005 -> 1.01, 2.5 -> 3 (decimals=0), -0.125 -> -0.13. Missing
#     values stay missing. Returns a float Series with the same index.
#     """
# ```'''
# prompt = '''
# Our invoices must round like accountants do (half away from zero), but `Series.round` gives \
# 2.5 -> 2 and 1.005 -> 1.0. Write `round_half_up(values, decimals=2)` that rounds each amount \
# as its decimal text reads (1.005 -> 1.01, 2.5 -> 3 with 0 decimals, -0.125 -> -0.13), keeps \
# missing values missing and returns a float Series with the same index.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(round_half_up(pd.Series([1.005, 2.675, -0.125])).to_numpy(dtype=float), [1.01, 2.68, -0.13])',
#     'np.allclose(round_half_up(pd.Series([2.5, 3.5, -2.5, 0.4]), decimals=0).to_numpy(dtype=float), [3.0, 4.0, -3.0, 0.0])',
#     'np.allclose(round_half_up(pd.Series([0.05, np.nan, 10.0], index=[7, 8, 9]), decimals=1).to_numpy(dtype=float), [0.1, np.nan, 10.0], equal_nan=True) and list(round_half_up(pd.Series([0.05, np.nan, 10.0], index=[7, 8, 9]), decimals=1).index) == [7, 8, 9]',
#     'pd.api.types.is_float_dtype(round_half_up(pd.Series([1.234, 5.0])))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'data-cleaning']
# ///
from decimal import ROUND_HALF_UP, Decimal


def round_half_up(values, decimals=2):
    """Round money amounts the way accountants do: halves away from zero.

    pandas' round sends halves to the even digit (2.5 -> 2) and works on
    the binary value (1.005 -> 1.0). Here each number is rounded as its
    shortest decimal text reads, with ties going away from zero:
    1.005 -> 1.01, 2.5 -> 3 (decimals=0), -0.125 -> -0.13. Missing
    values stay missing. Returns a float Series with the same index.
    """
    step = Decimal(1).scaleb(-decimals)  # 0.01 for two decimals

    def one(value):
        # str(value) is the shortest text of the float, so 1.005 stays "1.005"
        return float(Decimal(str(value)).quantize(step, rounding=ROUND_HALF_UP))

    return values.map(one, na_action="ignore").astype(float)
