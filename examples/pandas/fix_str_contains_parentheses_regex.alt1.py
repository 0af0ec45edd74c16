import re

import pandas as pd

items = pd.DataFrame(
    {
        "name": ["Paper (bulk)", "bulk paper sample", "Pens (bulk)", "Stapler"],
        "price": [25.0, 3.5, 12.0, 8.9],
    }
)
bulk_items = items.loc[items["name"].str.contains(re.escape("(bulk)"))]
