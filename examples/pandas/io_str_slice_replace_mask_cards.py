# /// example
# task = """
# Build the `payments` table below and replace `card` by a masked version in which every \
# character except the last four is replaced, as a whole, by eight asterisks \
# (`4111111111111111` -> `********1111`), so card numbers of any length look alike.
#
# ```text
#    payment_id              card
# 0           1  4111111111111111
# 1           2  5500005555555559
# 2           3   340000000000009
# ```
#
# Wanted `payments`:
#
# ```text
#    payment_id          card
# 0           1  ********1111
# 1           2  ********5559
# 2           3  ********0009
# ```"""
# prompt = """
# Card numbers must not appear in the export of my `payments` table, only the last four digits \
# behind eight asterisks, whatever the card's length:
#
# ```text
#    payment_id              card
# 0           1  4111111111111111
# 1           2  5500005555555559
# 2           3   340000000000009
# ```
#
# should end up as
#
# ```text
#    payment_id          card
# 0           1  ********1111
# 1           2  ********5559
# 2           3  ********0009
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'payments["card"].tolist() == ["********1111", "********5559", "********0009"]',
#     'payments["payment_id"].tolist() == [1, 2, 3]',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'data-cleaning']
# ///
import pandas as pd

payments = pd.DataFrame(
    {
        "payment_id": [1, 2, 3],
        "card": ["4111111111111111", "5500005555555559", "340000000000009"],
    }
)
# slice_replace swaps the slice [0:-4] (all but the last four characters) for the given text
payments["card"] = payments["card"].str.slice_replace(0, -4, "*" * 8)
