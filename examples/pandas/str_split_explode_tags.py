# /// example
# task = """
# The semicolon-separated keyword field `keywords` of a small sample table `samples` lists \
# several tags per sample. Split it with `str.split` and `explode` it into one row per (sample, \
# tag) in `tags_long`, then count how many samples carry each tag into `tag_counts`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'len(tags_long) == 9',
#     'tag_counts["soil"] == 2 and tag_counts["north"] == 2 and tag_counts["cold"] == 1',
#     'tag_counts.sum() == len(tags_long)',
#     'set(tags_long.loc[tags_long["tag"] == "north", "sample_id"]) == {"S1", "S4"}',
# ]
# difficulty = 'intermediate'
# tags = ['explode', 'string-methods']
# ///
import pandas as pd

samples = pd.DataFrame(
    {
        "sample_id": ["S1", "S2", "S3", "S4"],
        "keywords": ["soil;wet;north", "soil;dry", "water", "water;north;cold"],
    }
)
tags_long = samples.assign(tag=samples["keywords"].str.split(";")).explode("tag")
tag_counts = tags_long["tag"].value_counts()
