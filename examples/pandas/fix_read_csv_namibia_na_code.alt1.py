from io import StringIO

import pandas as pd

csv_text = "country,code,pop_m\nNamibia,NA,2.6\nNepal,NP,30.5\nUnknown,,\n"
countries = pd.read_csv(StringIO(csv_text), na_filter=False)
countries["code"] = countries["code"].replace("", None)
countries["pop_m"] = pd.to_numeric(countries["pop_m"].replace("", None))
codes = countries["code"].tolist()
