import re

import pandas as pd

parcels = pd.DataFrame(
    {"parcel": ["p1", "p2", "p3", "p4"], "weight": ["1.5 kg", "300g", "2,25 KG", "750 G"]}
)


def to_kg(text):
    number, unit = re.fullmatch(r"([\d.,]+)\s*([a-z]+)", text.strip().lower()).groups()
    value = float(number.replace(",", "."))
    return value / 1000 if unit == "g" else value


parcels["weight_kg"] = parcels["weight"].map(to_kg)
