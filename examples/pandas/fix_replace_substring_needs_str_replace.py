# /// example
# task = """
# This code should remove the dashes from the phone numbers in `contacts`, storing digits-only \
# numbers in `digits`, but the numbers come back unchanged:
#
# ```python
# import pandas as pd
#
# contacts = pd.DataFrame({"name": ["Ana", "Ben"], "phone": ["555-123-4567", "555-987-6543"]})
# digits = contacts["phone"].replace("-", "")
# ```
#
# Fix it: `digits` should be `["5551234567", "5559876543"]`."""
# prompt = """
# I'm stripping the dashes out of phone numbers in `contacts` into `digits`:
#
# ```python
# import pandas as pd
#
# contacts = pd.DataFrame({"name": ["Ana", "Ben"], "phone": ["555-123-4567", "555-987-6543"]})
# digits = contacts["phone"].replace("-", "")
# ```
#
# but nothing changes. I want `["5551234567", "5559876543"]`."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'digits.tolist() == ["5551234567", "5559876543"]',
#     'contacts["phone"].tolist() == ["555-123-4567", "555-987-6543"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'text-processing', 'data-cleaning']
# ///
import pandas as pd

contacts = pd.DataFrame({"name": ["Ana", "Ben"], "phone": ["555-123-4567", "555-987-6543"]})
# Series.replace swaps whole values equal to "-"; str.replace works on parts of each string
digits = contacts["phone"].str.replace("-", "", regex=False)
