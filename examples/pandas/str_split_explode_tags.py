# /// example
# task = """
# The semicolon-separated keyword field `keywords` of a small sample table `samples` (columns \
# `sample_id` and `keywords`) lists several tags per sample. Split it with `str.split` and \
# `explode` it into one row per (sample, tag) in `tags_long`, with the tag in a column `tag`, \
# then count how many samples carry each tag into `tag_counts`."""
# prompt = """
# I have a small table `samples` with `sample_id` and a semicolon-separated `keywords` field: S1 \
# "soil;wet;north", S2 "soil;dry", S3 "water", S4 "water;north;cold". Split the keywords and \
# explode them into one row per (sample, tag) in `tags_long`, with the tag in a column `tag`, \
# then count how many samples carry each tag into `tag_counts`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'len(tags_long) == sum(len(keywords.split(";")) for keywords in samples["keywords"])',
#     'tag_counts.to_dict() == {tag: sum(tag in keywords.split(";") for keywords in samples["keywords"]) for tag in set(";".join(samples["keywords"]).split(";"))}',
#     'tag_counts.sum() == len(tags_long)',
#     'all(set(tags_long.loc[tags_long["tag"] == tag, "sample_id"]) == {sample for sample, keywords in zip(samples["sample_id"], samples["keywords"]) if tag in keywords.split(";")} for tag in set(";".join(samples["keywords"]).split(";")))',
# ]
# difficulty = 'intermediate'
# tags = ['nested-data', 'text-processing']
# ///
import pandas as pd

samples = pd.DataFrame(
    {
        "sample_id": ["S1", "S2", "S3", "S4"],
        "keywords": ["soil;wet;north", "soil;dry", "water", "water;north;cold"],
    }
)
# explode repeats the other columns for every list element and keeps the original index
tags_long = samples.assign(tag=samples["keywords"].str.split(";")).explode("tag")
tag_counts = tags_long["tag"].value_counts()
