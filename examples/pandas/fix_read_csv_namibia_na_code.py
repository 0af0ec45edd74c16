# /// example
# task = """
# This code reads a country list, but Namibia's ISO code `NA` comes out as a missing value, so \
# `codes` is wrong; only the truly empty code of the last row should be missing:
#
# ```python
# import io
#
# import pandas as pd
#
# csv_text = "country,code,pop_m\\nNamibia,NA,2.6\\nNepal,NP,30.5\\nUnknown,,\\n"
# countries = pd.read_csv(io.StringIO(csv_text))
# codes = countries["code"].tolist()
# ```
#
# Fix it: `countries["code"]` should read `NA`, `NP` and missing, `pop_m` stays numeric with \
# the empty value missing, and `codes` is its list."""
# prompt = """
# My country table loses Namibia's code:
#
# ```python
# import io
#
# import pandas as pd
#
# csv_text = "country,code,pop_m\\nNamibia,NA,2.6\\nNepal,NP,30.5\\nUnknown,,\\n"
# countries = pd.read_csv(io.StringIO(csv_text))
# codes = countries["code"].tolist()
# ```
#
# `NA` is a real country code here, not "not available". Only empty cells should be missing. I \
# want `countries["code"]` as `NA`, `NP` and missing (and `codes` as its list), `pop_m` still \
# numeric."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'countries["code"].iloc[:2].tolist() == ["NA", "NP"] and pd.isna(countries["code"].iloc[2])',
#     'codes[:2] == ["NA", "NP"] and pd.isna(codes[2])',
#     'np.allclose(countries["pop_m"].to_numpy(dtype=float), [2.6, 30.5, np.nan], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'file-io', 'missing-data']
# ///
import io

import pandas as pd

csv_text = "country,code,pop_m\nNamibia,NA,2.6\nNepal,NP,30.5\nUnknown,,\n"
# "NA" is one of read_csv's default missing markers; turn the defaults off and keep only ""
countries = pd.read_csv(io.StringIO(csv_text), keep_default_na=False, na_values=[""])
codes = countries["code"].tolist()
