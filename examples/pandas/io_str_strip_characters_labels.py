# /// example
# task = """
# Exported status labels carry decoration: spaces, asterisks and double quotes around the word. \
# Build the `labels` Series below and remove those three characters from both ends of every \
# label (not from the middle), storing the result in `clean`.
#
# ```text
# 0      **urgent**
# 1       "draft"
# 2           final
# 3    *on * hold*
# ```
#
# Wanted `clean`:
#
# ```text
# 0       urgent
# 1        draft
# 2        final
# 3    on * hold
# ```"""
# prompt = """
# Our ticket export decorates the status labels with spaces, `*` and `"` at the ends. From the \
# `labels` Series
#
# ```text
# 0      **urgent**
# 1       "draft"
# 2           final
# 3    *on * hold*
# ```
#
# I want `clean` with those characters stripped from both ends only (an asterisk inside a label \
# stays):
#
# ```text
# 0       urgent
# 1        draft
# 2        final
# 3    on * hold
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'clean.tolist() == ["urgent", "draft", "final", "on * hold"]',
#     'len(labels) == len(clean) and labels.iloc[2] == "final"',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'data-cleaning']
# ///
import pandas as pd

labels = pd.Series(["**urgent**", ' "draft" ', "final", "*on * hold* "])
# strip with an argument removes any of the given characters from both ends, in any order
clean = labels.str.strip(' *"')
