import re

import numpy as np

PART = re.compile(r"(\d+)([hms])")
MINUTES_PER_UNIT = {"h": 60.0, "m": 1.0, "s": 1 / 60}


def duration_minutes(texts):
    """Convert duration text such as "1h 30m", "45m" or "2h 5m 30s" to minutes."""

    def one(text):
        if not isinstance(text, str):
            return np.nan
        compact = text.replace(" ", "")
        if not re.fullmatch(r"(?:\d+[hms])+", compact):
            return np.nan
        return sum(int(amount) * MINUTES_PER_UNIT[unit] for amount, unit in PART.findall(compact))

    return texts.map(one).astype(float)
