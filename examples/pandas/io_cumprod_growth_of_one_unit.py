# /// example
# task = """
# Build the monthly returns below as the Series `returns` (a monthly PeriodIndex) and compute \
# `growth`: the value of 1 unit invested at the start of January after each month, compounding \
# the returns.
#
# ```text
# 2024-01    0.02
# 2024-02   -0.01
# 2024-03    0.03
# 2024-04    0.00
# 2024-05   -0.02
# Freq: M, Name: return, dtype: float64
# ```
#
# Wanted `growth` (shown rounded to 4 decimals):
#
# ```text
# 2024-01    1.0200
# 2024-02    1.0098
# 2024-03    1.0401
# 2024-04    1.0401
# 2024-05    1.0193
# ```"""
# prompt = """
# I have monthly fund `returns`:
#
# ```text
# 2024-01    0.02
# 2024-02   -0.01
# 2024-03    0.03
# 2024-04    0.00
# 2024-05   -0.02
# Freq: M, Name: return, dtype: float64
# ```
#
# What is 1 unit invested at the start worth after each month, with compounding? I'd like it as \
# `growth` (rounded here to 4 decimals):
#
# ```text
# 2024-01    1.0200
# 2024-02    1.0098
# 2024-03    1.0401
# 2024-04    1.0401
# 2024-05    1.0193
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(growth.to_numpy(dtype=float), [1.0200, 1.0098, 1.0401, 1.0401, 1.0193], atol=5e-5)',
#     '[str(month) for month in growth.index] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]',
# ]
# difficulty = 'basic'
# tags = ['time-series', 'derived-columns']
# ///
import pandas as pd

returns = pd.Series(
    [0.02, -0.01, 0.03, 0.00, -0.02],
    index=pd.period_range("2024-01", periods=5, freq="M"),
    name="return",
)
# compounding multiplies the growth factors (1 + r) month after month
growth = (1 + returns).cumprod()
