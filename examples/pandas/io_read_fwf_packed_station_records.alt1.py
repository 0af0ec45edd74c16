from io import StringIO

import pandas as pd

raw = """KOLN012024030101240031
KOLN01202403020098-005
BONN022024030101300042
"""

lines = pd.Series(StringIO(raw).read().splitlines())
obs = pd.DataFrame(
    {
        "station": lines.str[0:6],
        "date": pd.to_datetime(lines.str[6:14], format="%Y%m%d"),
        "tmax": lines.str[14:18].astype(int) / 10,
        "tmin": lines.str[18:22].astype(int) / 10,
    }
)
