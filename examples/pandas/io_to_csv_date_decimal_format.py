# /// example
# task = """
# Build the table `payments` below and write it to the CSV string `csv_text`: no index column, \
# dates as day/month/year (`%d/%m/%Y`) and amounts with exactly two decimals.
#
# ```text
#      payee       date  amount
# 0     Acme 2024-03-05  1250.0
# 1   Globex 2024-03-18    99.5
# 2  Initech 2024-04-02   310.4
# ```
#
# Wanted `csv_text`:
#
# ```text
# payee,date,amount
# Acme,05/03/2024,1250.00
# Globex,18/03/2024,99.50
# Initech,02/04/2024,310.40
# ```"""
# prompt = """
# I need to send this `payments` table to accounting as CSV text (`csv_text`) without the index, \
# with dates written like 05/03/2024 (`%d/%m/%Y`) and every amount with two decimals:
#
# ```text
#      payee       date  amount
# 0     Acme 2024-03-05  1250.0
# 1   Globex 2024-03-18    99.5
# 2  Initech 2024-04-02   310.4
# ```
#
# The file should read exactly:
#
# ```text
# payee,date,amount
# Acme,05/03/2024,1250.00
# Globex,18/03/2024,99.50
# Initech,02/04/2024,310.40
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'csv_text.splitlines() == ["payee,date,amount", "Acme,05/03/2024,1250.00", "Globex,18/03/2024,99.50", "Initech,02/04/2024,310.40"]',
#     'csv_text.splitlines()[0].split(",") == list(payments.columns)',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'datetime']
# ///
import pandas as pd

payments = pd.DataFrame(
    {
        "payee": ["Acme", "Globex", "Initech"],
        "date": pd.to_datetime(["2024-03-05", "2024-03-18", "2024-04-02"]),
        "amount": [1250.0, 99.5, 310.4],
    }
)
# float_format and date_format apply to every float and datetime column on writing
csv_text = payments.to_csv(index=False, date_format="%d/%m/%Y", float_format="%.2f")
