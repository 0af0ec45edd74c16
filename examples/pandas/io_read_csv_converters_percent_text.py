# /// example
# task = """
# Store the CSV text below in `csv_text` and read it into `teams`, converting the percentage \
# strings in `share` and `growth` to fractions (`12.5%` -> 0.125) while reading, with \
# `read_csv`'s `converters`.
#
# ```text
# team,share,growth
# red,12.5%,+3%
# blue,40%,-1.5%
# green,47.5%,0%
# ```
#
# Wanted `teams`:
#
# ```text
#     team  share  growth
# 0    red  0.125   0.030
# 1   blue  0.400  -0.015
# 2  green  0.475   0.000
# ```"""
# prompt = """
# Our dashboard exports percentages as text:
#
# ```text
# team,share,growth
# red,12.5%,+3%
# blue,40%,-1.5%
# green,47.5%,0%
# ```
#
# Put that in `csv_text` and read it as `teams` with `share` and `growth` already turned into \
# fractions while parsing (per-column converter functions), so I get
#
# ```text
#     team  share  growth
# 0    red  0.125   0.030
# 1   blue  0.400  -0.015
# 2  green  0.475   0.000
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'teams["team"].tolist() == ["red", "blue", "green"]',
#     'np.allclose(teams["share"].to_numpy(dtype=float), [0.125, 0.4, 0.475])',
#     'np.allclose(teams["growth"].to_numpy(dtype=float), [0.03, -0.015, 0.0])',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'parsing']
# ///
import io

import pandas as pd


def percent_to_fraction(text):
    return float(text.strip().rstrip("%")) / 100


csv_text = """team,share,growth
red,12.5%,+3%
blue,40%,-1.5%
green,47.5%,0%
"""
# a converter receives each raw cell of its column as a string
teams = pd.read_csv(
    io.StringIO(csv_text),
    converters={"share": percent_to_fraction, "growth": percent_to_fraction},
)
