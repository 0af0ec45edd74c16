# /// example
# task = """
# Build `y2023` and `y2024` below (same channels as rows) and put them side by side in `by_year`, \
# with the year (2023, 2024) as the outer column level. Then compute `growth` = 2024 / 2023 - 1 \
# for every channel and metric from `by_year`.
#
# ```text
# y2023:
#       visits  signups
# web      120       12
# app       95        8
# shop     130       15
#
# y2024:
#       visits  signups
# web      150       18
# app      110       11
# shop     125       14
# ```
#
# Wanted `by_year`:
#
# ```text
#        2023           2024
#      visits signups visits signups
# web     120      12    150      18
# app      95       8    110      11
# shop    130      15    125      14
# ```
#
# and `growth` (rounded here to 4 decimals):
#
# ```text
#       visits  signups
# web   0.2500   0.5000
# app   0.1579   0.3750
# shop -0.0385  -0.0667
# ```"""
# prompt = """
# I have one table per year, `y2023` and `y2024`, with the same channels. I'd like them side by \
# side in `by_year` with the year on top of the columns, and the relative `growth` (2024 / 2023 - \
# 1) per channel and metric:
#
# ```text
# y2023:
#       visits  signups
# web      120       12
# app       95        8
# shop     130       15
#
# y2024:
#       visits  signups
# web      150       18
# app      110       11
# shop     125       14
# ```
#
# Expected `by_year`:
#
# ```text
#        2023           2024
#      visits signups visits signups
# web     120      12    150      18
# app      95       8    110      11
# shop    130      15    125      14
# ```
#
# and `growth` (shown rounded to 4 decimals):
#
# ```text
#       visits  signups
# web   0.2500   0.5000
# app   0.1579   0.3750
# shop -0.0385  -0.0667
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'by_year.columns.tolist() == [(2023, "visits"), (2023, "signups"), (2024, "visits"), (2024, "signups")] and list(by_year.index) == ["web", "app", "shop"]',
#     'np.allclose(growth.loc[["web", "app", "shop"], ["visits", "signups"]].to_numpy(dtype=float), [[0.25, 0.5], [110 / 95 - 1, 11 / 8 - 1], [125 / 130 - 1, 14 / 15 - 1]])',
# ]
# difficulty = 'basic'
# tags = ['merging', 'hierarchical-index']
# ///
import pandas as pd

y2023 = pd.DataFrame(
    {"visits": [120, 95, 130], "signups": [12, 8, 15]}, index=["web", "app", "shop"]
)
y2024 = pd.DataFrame(
    {"visits": [150, 110, 125], "signups": [18, 11, 14]}, index=["web", "app", "shop"]
)
# axis=1 puts the years side by side; keys become the outer column level
by_year = pd.concat([y2023, y2024], axis=1, keys=[2023, 2024])
# growth per channel and metric from the aligned blocks
growth = by_year[2024] / by_year[2023] - 1
