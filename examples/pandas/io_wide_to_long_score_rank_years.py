# /// example
# task = """
# Build the table `results` below, with one `score_<year>` and one `rank_<year>` column per year, \
# and reshape it into `panel`: one row per student and year, columns `student`, `year` (integer), \
# `score`, `rank`, sorted by student then year, with a fresh 0..n-1 index.
#
# ```text
#   student  score_2023  rank_2023  score_2024  rank_2024
# 0     ana          71          3          78          2
# 1     ben          64          5          69          4
# ```
#
# Wanted `panel`:
#
# ```text
#   student  year  score  rank
# 0     ana  2023     71     3
# 1     ana  2024     78     2
# 2     ben  2023     64     5
# 3     ben  2024     69     4
# ```"""
# prompt = """
# My `results` sheet has paired columns per year (`score_2023`, `rank_2023`, `score_2024`, ...). I \
# want a long `panel` with `student`, an integer `year`, and one `score` and one `rank` column, \
# sorted by student and year:
#
# ```text
#   student  score_2023  rank_2023  score_2024  rank_2024
# 0     ana          71          3          78          2
# 1     ben          64          5          69          4
# ```
#
# Expected:
#
# ```text
#   student  year  score  rank
# 0     ana  2023     71     3
# 1     ana  2024     78     2
# 2     ben  2023     64     5
# 3     ben  2024     69     4
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(panel.columns) == ["student", "year", "score", "rank"]',
#     'panel["student"].tolist() == ["ana", "ana", "ben", "ben"] and panel["year"].tolist() == [2023, 2024, 2023, 2024]',
#     'pd.api.types.is_integer_dtype(panel["year"])',
#     'panel["score"].tolist() == [71, 78, 64, 69] and panel["rank"].tolist() == [3, 2, 5, 4]',
#     'list(panel.index) == [0, 1, 2, 3]',
# ]
# difficulty = 'advanced'
# tags = ['reshaping', 'hierarchical-index']
# ///
import pandas as pd

results = pd.DataFrame(
    {
        "student": ["ana", "ben"],
        "score_2023": [71, 64],
        "rank_2023": [3, 5],
        "score_2024": [78, 69],
        "rank_2024": [2, 4],
    }
)
# each stub becomes one column; the suffix after sep becomes the new `year` index level
panel = pd.wide_to_long(results, stubnames=["score", "rank"], i="student", j="year", sep="_")
panel = panel.sort_index().reset_index()
