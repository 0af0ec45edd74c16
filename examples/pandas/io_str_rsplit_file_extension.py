# /// example
# task = """
# Build the `files` table below and split each `file` name at its last dot into `stem` and \
# `extension` columns; a name without a dot keeps the whole name as `stem` and a missing \
# `extension`.
#
# ```text
#                file
# 0  report.final.csv
# 1         data.json
# 2            README
# ```
#
# Wanted `files`:
#
# ```text
#                file          stem extension
# 0  report.final.csv  report.final       csv
# 1         data.json          data      json
# 2            README        README       NaN
# ```"""
# prompt = """
# I need the extension of each file name in `files`, split at the LAST dot only (so \
# `report.final.csv` gives `report.final` and `csv`), as new columns `stem` and `extension`; \
# `README` has no extension, which should be missing:
#
# ```text
#                file
# 0  report.final.csv
# 1         data.json
# 2            README
# ```
#
# should become
#
# ```text
#                file          stem extension
# 0  report.final.csv  report.final       csv
# 1         data.json          data      json
# 2            README        README       NaN
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'files["stem"].tolist() == ["report.final", "data", "README"]',
#     'files["extension"].iloc[:2].tolist() == ["csv", "json"] and pd.isna(files["extension"].iloc[2])',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'parsing']
# ///
import pandas as pd

files = pd.DataFrame({"file": ["report.final.csv", "data.json", "README"]})
# rsplit with n=1 splits once, from the right; expand=True gives one column per part
files[["stem", "extension"]] = files["file"].str.rsplit(".", n=1, expand=True)
