# /// example
# task = """
# Build `scores` below (games in order) and add `avg_so_far`, the mean of `points` over all games \
# up to and including the current one (rounded to 2 decimals), and `best_so_far`, the highest \
# `points` so far.
#
# ```text
#    game  points
# 0     1      12
# 1     2      20
# 2     3       7
# 3     4      15
# 4     5      30
# 5     6       6
# ```
#
# Wanted `scores`:
#
# ```text
#    game  points  avg_so_far  best_so_far
# 0     1      12        12.0           12
# 1     2      20        16.0           20
# 2     3       7        13.0           20
# 3     4      15        13.5           20
# 4     5      30        16.8           30
# 5     6       6        15.0           30
# ```"""
# prompt = """
# For my basketball stats in `scores` I want, after every game, the running average of `points` \
# (`avg_so_far`, 2 decimals) and the best game so far (`best_so_far`):
#
# ```text
#    game  points
# 0     1      12
# 1     2      20
# 2     3       7
# 3     4      15
# 4     5      30
# 5     6       6
# ```
#
# Expected:
#
# ```text
#    game  points  avg_so_far  best_so_far
# 0     1      12        12.0           12
# 1     2      20        16.0           20
# 2     3       7        13.0           20
# 3     4      15        13.5           20
# 4     5      30        16.8           30
# 5     6       6        15.0           30
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(scores["avg_so_far"].to_numpy(dtype=float), [12.0, 16.0, 13.0, 13.5, 16.8, 15.0])',
#     'scores["best_so_far"].tolist() == [12, 20, 20, 20, 30, 30] and scores["points"].tolist() == [12, 20, 7, 15, 30, 6]',
# ]
# difficulty = 'basic'
# tags = ['rolling-window', 'derived-columns']
# ///
import pandas as pd

scores = pd.DataFrame({"game": [1, 2, 3, 4, 5, 6], "points": [12, 20, 7, 15, 30, 6]})
# expanding windows grow from the first game to the current one: a running average and best
scores["avg_so_far"] = scores["points"].expanding().mean().round(2)
scores["best_so_far"] = scores["points"].expanding().max().astype(int)
