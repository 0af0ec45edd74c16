# /// example
# task = """
# Build the score table below as `scores` and add an integer column `place`: competition \
# ranking by `points`, highest first, where tied players share the best place and the next place \
# is skipped ("1, 2, 2, 4"), and a player without points is placed last.
#
# ```text
#   player  points
# 0    ana    88.0
# 1    ben    92.0
# 2   caro    88.0
# 3    dev     NaN
# 4    eli    95.0
# 5    fay    92.0
# ```
#
# Wanted `scores`:
#
# ```text
#   player  points  place
# 0    ana    88.0      4
# 1    ben    92.0      2
# 2   caro    88.0      4
# 3    dev     NaN      6
# 4    eli    95.0      1
# 5    fay    92.0      2
# ```"""
# prompt = """
# I need tournament-style places for my `scores`: most points first, ties share the better place \
# and the following place is skipped, and someone who didn't play (no points) goes last. Put it \
# in an integer column `place`.
#
# ```text
#   player  points
# 0    ana    88.0
# 1    ben    92.0
# 2   caro    88.0
# 3    dev     NaN
# 4    eli    95.0
# 5    fay    92.0
# ```
#
# should become
#
# ```text
#   player  points  place
# 0    ana    88.0      4
# 1    ben    92.0      2
# 2   caro    88.0      4
# 3    dev     NaN      6
# 4    eli    95.0      1
# 5    fay    92.0      2
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'scores["place"].tolist() == [4, 2, 4, 6, 1, 2]',
#     'pd.api.types.is_integer_dtype(scores["place"])',
# ]
# difficulty = 'basic'
# tags = ['ranking', 'missing-data']
# ///
import numpy as np
import pandas as pd

scores = pd.DataFrame(
    {
        "player": ["ana", "ben", "caro", "dev", "eli", "fay"],
        "points": [88.0, 92.0, 88.0, np.nan, 95.0, 92.0],
    }
)
# method="min" gives tied values the best of their places; na_option="bottom" ranks NaN last
places = scores["points"].rank(method="min", ascending=False, na_option="bottom")
scores["place"] = places.astype(int)
