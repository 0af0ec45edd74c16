# /// example
# task = """
# Build the table below as `names` and add a column `ascii_name` holding each `name` with its \
# accents removed (plain ASCII letters), for a legacy system that rejects non-ASCII text.
#
# ```text
#        name
# 0      José
# 1       Zoë
# 2  François
# 3  Ångström
# 4    Müller
# ```
#
# Wanted `names`:
#
# ```text
#        name ascii_name
# 0      José       Jose
# 1       Zoë        Zoe
# 2  François   Francois
# 3  Ångström   Angstrom
# 4    Müller     Muller
# ```"""
# prompt = """
# Our old mailing system chokes on accented letters. I have a `names` table like this:
#
# ```text
#        name
# 0      José
# 1       Zoë
# 2  François
# 3  Ångström
# 4    Müller
# ```
#
# and I'd like a new column `ascii_name` with the accents stripped, keeping the base letters:
#
# ```text
#        name ascii_name
# 0      José       Jose
# 1       Zoë        Zoe
# 2  François   Francois
# 3  Ångström   Angstrom
# 4    Müller     Muller
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'names["ascii_name"].tolist() == ["Jose", "Zoe", "Francois", "Angstrom", "Muller"]',
#     'names["name"].tolist() == ["José", "Zoë", "François", "Ångström", "Müller"]',
# ]
# difficulty = 'intermediate'
# tags = ['text-processing', 'data-cleaning']
# ///
import pandas as pd

names = pd.DataFrame({"name": ["José", "Zoë", "François", "Ångström", "Müller"]})
# NFKD splits "é" into "e" plus a combining accent, which the ASCII encoding then drops
names["ascii_name"] = (
    names["name"].str.normalize("NFKD").str.encode("ascii", errors="ignore").str.decode("ascii")
)
