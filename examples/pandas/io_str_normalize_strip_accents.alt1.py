import unicodedata

import pandas as pd


def strip_accents(text):
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


names = pd.DataFrame({"name": ["José", "Zoë", "François", "Ångström", "Müller"]})
names["ascii_name"] = names["name"].map(strip_accents)
