# /// example
# task = """
# The CSV export `csv_text` (columns `id,region,revenue,units,date`) writes `units` with thousands \
# separators (`"2,765"`) and marks missing counts as `n/a` or leaves them empty. This code should \
# read it into `sales` with `units` as integers, missing counts kept missing, but it raises an \
# error:
#
# ```python
# import io
#
# import pandas as pd
#
# sales = pd.read_csv(io.StringIO(csv_text), dtype={"units": "int64"})
# ```
#
# ```text
# ValueError: invalid literal for int() with base 10: '2,765'
# ```
#
# Fix it."""
# prompt = """
# I'm loading a sales export (the text is in `csv_text`) into `sales` and want the `units` column \
# as whole numbers. Some counts are written like "2,765" and some are missing (`n/a` or blank), \
# which should stay missing:
#
# ```python
# import io
#
# import pandas as pd
#
# sales = pd.read_csv(io.StringIO(csv_text), dtype={"units": "int64"})
# ```
#
# fails with
#
# ```text
# ValueError: invalid literal for int() with base 10: '2,765'
# ```
#
# How do I read it?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { csv_text = 'messy_csv' }
# checks = [
#     'pd.api.types.is_integer_dtype(sales["units"])',
#     'len(sales) == len(csv_text.strip().splitlines()) - 1',
#     # the units field is the one before the last comma: quoted with a thousands separator, bare, empty or n/a
#     'sales["units"].dropna().astype("int64").tolist() == [int(field.replace(",", "")) for field in ((head[head[:-1].rfind(chr(34)) + 1 : -1] if head.endswith(chr(34)) else head[head.rfind(",") + 1 :]).strip() for head in (line.rsplit(",", 1)[0] for line in csv_text.strip().splitlines()[1:])) if field not in ("", "n/a")]',
#     'sales["units"].isna().sum() == sum(field in ("", "n/a") for field in ((head[head[:-1].rfind(chr(34)) + 1 : -1] if head.endswith(chr(34)) else head[head.rfind(",") + 1 :]).strip() for head in (line.rsplit(",", 1)[0] for line in csv_text.strip().splitlines()[1:])))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'file-io', 'parsing', 'data-types', 'missing-data']
# edge_cases = true
# ///
import io

import pandas as pd

# thousands="," strips the separators; "Int64" (capital I) is the integer dtype that allows missing values
sales = pd.read_csv(io.StringIO(csv_text), thousands=",")
sales["units"] = sales["units"].astype("Int64")
