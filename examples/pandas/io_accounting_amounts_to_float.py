# /// example
# task = """
# Build the table `ledger` below, where `amount` is accounting text: a `$` sign, thousands commas, \
# negative amounts in parentheses and `n/a` for unknown, and convert it in place to float64 \
# (`(200.00)` becomes -200.0, `n/a` becomes NaN).
#
# ```text
#     entry     amount
# 0    rent  $1,234.50
# 1  refund  ($200.00)
# 2    fees        n/a
# 3    misc     $15.75
# ```
#
# Wanted `ledger`:
#
# ```text
#     entry   amount
# 0    rent  1234.50
# 1  refund  -200.00
# 2    fees      NaN
# 3    misc    15.75
# ```"""
# prompt = """
# Our `ledger` export writes money like `$1,234.50`, negatives in parentheses like `(200.00)`, and \
# `n/a` when unknown. How do I turn the `amount` column into real floats (negative for \
# parentheses, NaN for n/a)?
#
# ```text
#     entry     amount
# 0    rent  $1,234.50
# 1  refund  ($200.00)
# 2    fees        n/a
# 3    misc     $15.75
# ```
#
# Expected:
#
# ```text
#     entry   amount
# 0    rent  1234.50
# 1  refund  -200.00
# 2    fees      NaN
# 3    misc    15.75
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(ledger["amount"].to_numpy(dtype=float), [1234.5, -200.0, np.nan, 15.75], equal_nan=True)',
#     'ledger["amount"].dtype == np.float64',
#     'ledger["entry"].tolist() == ["rent", "refund", "fees", "misc"]',
# ]
# difficulty = 'advanced'
# tags = ['parsing', 'data-cleaning', 'missing-data']
# ///
import pandas as pd

ledger = pd.DataFrame(
    {
        "entry": ["rent", "refund", "fees", "misc"],
        "amount": ["$1,234.50", "($200.00)", "n/a", "$15.75"],
    }
)
# "(x)" becomes "-x", then currency symbols and separators go; to_numeric turns "n/a" into NaN
text = (
    ledger["amount"]
    .str.replace(r"^\((.*)\)$", r"-\1", regex=True)
    .str.replace(r"[$,]", "", regex=True)
)
ledger["amount"] = pd.to_numeric(text, errors="coerce")
