import pandas as pd

samples = pd.DataFrame(
    {
        "sample_id": ["A01", "A02", "A03", "A04", "A05"],
        "keywords": ["river;cold", "river;warm;urban", "forest", "urban;cold", "forest;river"],
    }
)

# one list of tags per sample, then one row per list element
tags_long = (
    samples.set_index("sample_id")["keywords"].str.split(";").explode().rename("tag").reset_index()
)
# number of distinct samples that carry each tag
tag_counts = tags_long.groupby("tag")["sample_id"].nunique()
