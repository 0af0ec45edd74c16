# /// example
# task = '''
# This code should collapse every run of whitespace (spaces, tabs) in the `addresses` Series to one space and trim both ends, storing the result in `clean`, but the inner runs stay as they were: `clean` should be `["12 Main St", "4 Elm Rd", "99 Oak Ave"]`.
#
# ```python
# import pandas as pd
#
# addresses = pd.Series(["12  Main   St", " 4 Elm Rd ", "99 Oak\tAve"])
# clean = addresses.str.strip().str.replace(r"\s+", " ")
# ```
#
# Fix it.'''
# prompt = '''
# I'm tidying addresses with doubled spaces and tabs inside them. I expected `["12 Main St", "4 Elm Rd", "99 Oak Ave"]` in `clean`, but only the ends get trimmed:
#
# ```python
# import pandas as pd
#
# addresses = pd.Series(["12  Main   St", " 4 Elm Rd ", "99 Oak\tAve"])
# clean = addresses.str.strip().str.replace(r"\s+", " ")
# ```
#
# Why is my regex ignored? Keep `addresses` as it is.'''
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'clean.tolist() == ["12 Main St", "4 Elm Rd", "99 Oak Ave"]',
#     'isinstance(clean, pd.Series) and len(clean) == len(addresses)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'text-processing', 'data-cleaning']
# ///
import pandas as pd

addresses = pd.Series(["12  Main   St", " 4 Elm Rd ", "99 Oak\tAve"])
# str.replace treats the pattern as plain text unless regex=True is passed
clean = addresses.str.strip().str.replace(r"\s+", " ", regex=True)
