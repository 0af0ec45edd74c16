# /// example
# task = """
# Rows parsed from an API arrive as object columns with `None` for gaps. Build the table below \
# as `raw` with `dtype=object`, and convert it into `clean` with the best nullable dtypes: `id` \
# as `Int64`, `name` as the `string` dtype, `active` as `boolean` and `score` as `Float64`, the \
# gaps as `<NA>`.
#
# ```text
#      id  name active score
# 0     1   Ana   True   9.5
# 1     2  None   None   7.0
# 2  None  Caro  False  None
# ```
#
# Wanted `clean`:
#
# ```text
#      id  name  active  score
# 0     1   Ana    True    9.5
# 1     2  <NA>    <NA>    7.0
# 2  <NA>  Caro   False   <NA>
#
# id          Int64
# name       string
# active    boolean
# score     Float64
# ```"""
# prompt = """
# After building a DataFrame from JSON rows everything is `object` (`raw`, made with \
# `dtype=object`):
#
# ```text
#      id  name active score
# 0     1   Ana   True   9.5
# 1     2  None   None   7.0
# 2  None  Caro  False  None
# ```
#
# I'd like `clean` with proper nullable types, integers staying integers despite the gaps:
#
# ```text
#      id  name  active  score
# 0     1   Ana    True    9.5
# 1     2  <NA>    <NA>    7.0
# 2  <NA>  Caro   False   <NA>
#
# id          Int64
# name       string
# active    boolean
# score     Float64
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'all(raw[c].dtype == object for c in raw.columns)',
#     'str(clean["id"].dtype) == "Int64" and str(clean["active"].dtype) == "boolean" and str(clean["score"].dtype) == "Float64"',
#     'isinstance(clean["name"].dtype, pd.StringDtype)',
#     'clean.isna().to_numpy().tolist() == [[False, False, False, False], [False, True, True, False], [True, False, False, True]]',
#     'clean["id"].iloc[:2].tolist() == [1, 2] and clean["active"].iloc[[0, 2]].tolist() == [True, False] and clean["score"].iloc[:2].tolist() == [9.5, 7.0]',
# ]
# difficulty = 'basic'
# tags = ['data-types', 'missing-data']
# ///
import pandas as pd

raw = pd.DataFrame(
    {
        "id": [1, 2, None],
        "name": ["Ana", None, "Caro"],
        "active": [True, None, False],
        "score": [9.5, 7.0, None],
    },
    dtype=object,
)
# convert_dtypes picks the nullable extension dtype that fits each column's values
clean = raw.convert_dtypes()
