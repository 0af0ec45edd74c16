# /// example
# task = """
# The text below is JSON Lines: one JSON object per line. This code should read it into \
# `clicks`, but it raises an error:
#
# ```python
# import io
#
# import pandas as pd
#
# jsonl_text = '{"user": "a", "page": "home", "ms": 120}\\n{"user": "b", "page": "cart", "ms": 340}\\n{"user": "a", "page": "cart", "ms": 95}\\n'
# clicks = pd.read_json(io.StringIO(jsonl_text))
# ```
#
# ```text
# ValueError: Trailing data at position 40
# ```
#
# Fix it: `clicks` should have the columns `user`, `page`, `ms` and one row per line."""
# prompt = """
# Our tracker writes one JSON object per line and I can't load it:
#
# ```python
# import io
#
# import pandas as pd
#
# jsonl_text = '{"user": "a", "page": "home", "ms": 120}\\n{"user": "b", "page": "cart", "ms": 340}\\n{"user": "a", "page": "cart", "ms": 95}\\n'
# clicks = pd.read_json(io.StringIO(jsonl_text))
# ```
#
# ```text
# ValueError: Trailing data at position 40
# ```
#
# I want `clicks` with the columns `user`, `page`, `ms`, one row per line."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(clicks.columns) == ["user", "page", "ms"]',
#     'clicks["user"].tolist() == ["a", "b", "a"] and clicks["page"].tolist() == ["home", "cart", "cart"]',
#     'clicks["ms"].tolist() == [120, 340, 95]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'file-io', 'parsing']
# ///
import io

import pandas as pd

jsonl_text = (
    '{"user": "a", "page": "home", "ms": 120}\n'
    '{"user": "b", "page": "cart", "ms": 340}\n'
    '{"user": "a", "page": "cart", "ms": 95}\n'
)
# lines=True parses each line as its own record; without it the second object is "trailing data"
clicks = pd.read_json(io.StringIO(jsonl_text), lines=True)
