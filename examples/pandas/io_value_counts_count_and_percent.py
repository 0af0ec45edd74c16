# /// example
# task = """
# Build the survey answers `answers` below and summarise the `channel` column in `summary`: one \
# row per channel, most frequent first, with columns `count` and `percent` (share of all answers \
# in percent, rounded to 1 decimal), indexed by channel.
#
# ```text
#    channel
# 0      web
# 1   friend
# 2      web
# 3       ad
# 4      web
# 5   friend
# 6      web
# 7       ad
# 8      web
# 9       tv
# 10  friend
# 11     web
# ```
#
# Wanted `summary`:
#
# ```text
#          count  percent
# channel
# web          6     50.0
# friend       3     25.0
# ad           2     16.7
# tv           1      8.3
# ```"""
# prompt = """
# From the `answers` of our "how did you hear about us" survey I want a small table `summary` \
# with, for every `channel`, the `count` and the `percent` of all answers (1 decimal), most common \
# first:
#
# ```text
#    channel
# 0      web
# 1   friend
# 2      web
# 3       ad
# 4      web
# 5   friend
# 6      web
# 7       ad
# 8      web
# 9       tv
# 10  friend
# 11     web
# ```
#
# Expected:
#
# ```text
#          count  percent
# channel
# web          6     50.0
# friend       3     25.0
# ad           2     16.7
# tv           1      8.3
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(summary.index) == ["web", "friend", "ad", "tv"]',
#     'summary["count"].tolist() == [6, 3, 2, 1]',
#     'np.allclose(summary["percent"].to_numpy(dtype=float), [50.0, 25.0, 16.7, 8.3])',
# ]
# difficulty = 'intermediate'
# tags = ['counting']
# ///
import pandas as pd

answers = pd.DataFrame(
    {
        "channel": [
            "web",
            "friend",
            "web",
            "ad",
            "web",
            "friend",
            "web",
            "ad",
            "web",
            "tv",
            "friend",
            "web",
        ]
    }
)
counts = answers["channel"].value_counts()
# normalize=True gives shares of the total, in the same most-frequent-first order
summary = pd.DataFrame(
    {"count": counts, "percent": (answers["channel"].value_counts(normalize=True) * 100).round(1)}
)
