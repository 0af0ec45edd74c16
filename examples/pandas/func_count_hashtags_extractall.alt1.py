import re
from collections import Counter

import pandas as pd


def count_hashtags(posts):
    counter = Counter(tag.lower() for post in posts.dropna() for tag in re.findall(r"#(\w+)", post))
    ordered = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return pd.Series(dict(ordered), dtype="int64")
