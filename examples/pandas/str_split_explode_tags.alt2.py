import pandas as pd

samples = pd.DataFrame(
    {
        "sample_id": ["P1", "P2", "P3"],
        "keywords": ["ice;snow", "snow;rock;ice", "rock"],
    }
)

# keep every original column, with the tag lists exploded into one row per tag
tags_long = samples.assign(tag=samples["keywords"].str.split(";")).explode("tag", ignore_index=True)
tag_counts = tags_long["tag"].value_counts()
