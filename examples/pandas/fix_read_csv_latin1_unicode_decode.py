# /// example
# task = """
# An old system exports CSV files encoded in Latin-1. This code should read such a file (here \
# the bytes `raw`) into `contacts`, but it raises an error:
#
# ```python
# import io
#
# import pandas as pd
#
# raw = "name,city\\nRené,Genève\\nAna,Porto\\n".encode("latin-1")
# contacts = pd.read_csv(io.BytesIO(raw))
# ```
#
# ```text
# UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data
# ```
#
# Fix it: `contacts` should hold the names `René`, `Ana` and the cities `Genève`, `Porto`."""
# prompt = """
# Reading a CSV from our old ERP fails on the accented names. The file comes as bytes:
#
# ```python
# import io
#
# import pandas as pd
#
# raw = "name,city\\nRené,Genève\\nAna,Porto\\n".encode("latin-1")
# contacts = pd.read_csv(io.BytesIO(raw))
# ```
#
# ```text
# UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data
# ```
#
# The export is Latin-1. I want `contacts` with `René`, `Ana` and `Genève`, `Porto` spelled \
# correctly."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'contacts["name"].tolist() == ["René", "Ana"]',
#     'contacts["city"].tolist() == ["Genève", "Porto"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'file-io', 'text-processing']
# ///
import io

import pandas as pd

raw = "name,city\nRené,Genève\nAna,Porto\n".encode("latin-1")
# read_csv decodes bytes as UTF-8 unless told the file's real encoding
contacts = pd.read_csv(io.BytesIO(raw), encoding="latin-1")
