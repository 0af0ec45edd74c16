# /// example
# task = """
# Build `tickets` below and tabulate `channel` (rows) against `priority` (columns) as shares of \
# all tickets, with an `All` row and an `All` column holding the totals; store it in `shares`.
#
# ```text
#   channel priority
# 0   email     high
# 1   phone      low
# 2   email      low
# 3    chat      low
# 4   phone     high
# 5   email      low
# 6    chat     high
# 7   email      low
# ```
#
# Wanted `shares`:
#
# ```text
# priority   high    low   All
# channel
# chat      0.125  0.125  0.25
# email     0.125  0.375  0.50
# phone     0.125  0.125  0.25
# All       0.375  0.625  1.00
# ```"""
# prompt = """
# From my `tickets` I want a channel x priority table where each cell is the fraction of all 8 \
# tickets, plus `All` totals for rows and columns, in `shares`:
#
# ```text
#   channel priority
# 0   email     high
# 1   phone      low
# 2   email      low
# 3    chat      low
# 4   phone     high
# 5   email      low
# 6    chat     high
# 7   email      low
# ```
#
# Expected:
#
# ```text
# priority   high    low   All
# channel
# chat      0.125  0.125  0.25
# email     0.125  0.375  0.50
# phone     0.125  0.125  0.25
# All       0.375  0.625  1.00
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(shares.index) == ["chat", "email", "phone", "All"] and list(shares.columns) == ["high", "low", "All"]',
#     # shares of the grand total: row-wise shares would give email 0.25/0.75
#     'np.allclose(shares.to_numpy(dtype=float), [[0.125, 0.125, 0.25], [0.125, 0.375, 0.5], [0.125, 0.125, 0.25], [0.375, 0.625, 1.0]])',
# ]
# difficulty = 'basic'
# tags = ['counting', 'reshaping']
# ///
import pandas as pd

tickets = pd.DataFrame(
    {
        "channel": ["email", "phone", "email", "chat", "phone", "email", "chat", "email"],
        "priority": ["high", "low", "low", "low", "high", "low", "high", "low"],
    }
)
# normalize="all" divides by the grand total; margins adds the row and column totals as "All"
shares = pd.crosstab(tickets["channel"], tickets["priority"], normalize="all", margins=True)
