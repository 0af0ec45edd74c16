# /// example
# task = """
# Build the two station-id indexes below as `expected` (stations that should report) and \
# `received` (stations whose file arrived today). Store as lists: the expected stations that did \
# not report in `missing`, the unknown stations that reported in `unexpected`, and the stations \
# in both in `on_time`, each sorted.
#
# ```text
# expected: Index(['S01', 'S02', 'S03', 'S04', 'S05'], dtype='object', name='station')
# received: Index(['S02', 'S05', 'S07', 'S03', 'S09'], dtype='object', name='station')
# ```
#
# Wanted:
#
# ```text
# missing:    ['S01', 'S04']
# unexpected: ['S07', 'S09']
# on_time:    ['S02', 'S03', 'S05']
# ```"""
# prompt = """
# Every morning I check which weather stations sent their file. These are my indexes `expected` \
# and `received`:
#
# ```text
# expected: Index(['S01', 'S02', 'S03', 'S04', 'S05'], dtype='object', name='station')
# received: Index(['S02', 'S05', 'S07', 'S03', 'S09'], dtype='object', name='station')
# ```
#
# I want three sorted lists: `missing` (expected but not received), `unexpected` (received but \
# not expected) and `on_time` (in both):
#
# ```text
# missing:    ['S01', 'S04']
# unexpected: ['S07', 'S09']
# on_time:    ['S02', 'S03', 'S05']
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'missing == ["S01", "S04"]',
#     'unexpected == ["S07", "S09"]',
#     'on_time == ["S02", "S03", "S05"]',
# ]
# difficulty = 'basic'
# tags = ['indexing']
# ///
import pandas as pd

expected = pd.Index(["S01", "S02", "S03", "S04", "S05"], name="station")
received = pd.Index(["S02", "S05", "S07", "S03", "S09"], name="station")
# difference sorts its result; intersection keeps the caller's order, so sort it explicitly
missing = expected.difference(received).tolist()
unexpected = received.difference(expected).tolist()
on_time = expected.intersection(received).sort_values().tolist()
