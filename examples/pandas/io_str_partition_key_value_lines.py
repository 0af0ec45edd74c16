# /// example
# task = """
# Build the config lines below as the DataFrame `raw` (one column `line`) and split each line at \
# its FIRST "=" into `settings`, with columns `key` and `value` (the rest of the line, which may \
# itself contain "="; an empty string when the line has no "=").
#
# ```text
#                line
# 0        timeout=30
# 1         mode=fast
# 2  url=http://x?a=1
# 3           verbose
# ```
#
# Wanted `settings`:
#
# ```text
#        key         value
# 0  timeout            30
# 1     mode          fast
# 2      url  http://x?a=1
# 3  verbose
# ```"""
# prompt = """
# I'm parsing `key=value` config lines held in a DataFrame `raw`:
#
# ```text
#                line
# 0        timeout=30
# 1         mode=fast
# 2  url=http://x?a=1
# 3           verbose
# ```
#
# Splitting on "=" breaks the URL, which has its own "=". I want `settings` with `key` and \
# `value` split at the first "=" only, and an empty value for a bare flag like `verbose`:
#
# ```text
#        key         value
# 0  timeout            30
# 1     mode          fast
# 2      url  http://x?a=1
# 3  verbose
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'settings["key"].tolist() == ["timeout", "mode", "url", "verbose"]',
#     'settings["value"].tolist() == ["30", "fast", "http://x?a=1", ""]',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'parsing']
# ///
import pandas as pd

raw = pd.DataFrame({"line": ["timeout=30", "mode=fast", "url=http://x?a=1", "verbose"]})
# partition splits at the first separator only, always into (before, separator, after)
parts = raw["line"].str.partition("=")
settings = pd.DataFrame({"key": parts[0], "value": parts[2]})
