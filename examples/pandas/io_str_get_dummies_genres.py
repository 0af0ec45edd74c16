# /// example
# task = """
# Build the table `films` below, whose `genres` cells list genres separated by `|`, and make \
# `flags`: `films` without the `genres` column plus one 0/1 integer column per genre (`comedy`, \
# `drama`, `horror`, alphabetical), 1 where the film has that genre.
#
# ```text
#     title         genres
# 0   Alien   horror|drama
# 1    Heat          drama
# 2  Scream  horror|comedy
# 3      Up   comedy|drama
# ```
#
# Wanted `flags`:
#
# ```text
#     title  comedy  drama  horror
# 0   Alien       0      1       1
# 1    Heat       0      1       0
# 2  Scream       1      0       1
# 3      Up       1      1       0
# ```"""
# prompt = """
# The `genres` column of my `films` table packs several genres separated by `|`. I want indicator \
# columns instead (one 0/1 column per genre, alphabetical) next to the title, in `flags`:
#
# ```text
#     title         genres
# 0   Alien   horror|drama
# 1    Heat          drama
# 2  Scream  horror|comedy
# 3      Up   comedy|drama
# ```
#
# Expected:
#
# ```text
#     title  comedy  drama  horror
# 0   Alien       0      1       1
# 1    Heat       0      1       0
# 2  Scream       1      0       1
# 3      Up       1      1       0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(flags.columns) == ["title", "comedy", "drama", "horror"]',
#     'flags[["comedy", "drama", "horror"]].to_numpy().tolist() == [[0, 1, 1], [0, 1, 0], [1, 0, 1], [1, 1, 0]]',
#     'flags["title"].tolist() == ["Alien", "Heat", "Scream", "Up"]',
#     # 0/1 integers as shown, not True/False booleans
#     'all(pd.api.types.is_integer_dtype(flags[genre]) for genre in ["comedy", "drama", "horror"])',
# ]
# difficulty = 'intermediate'
# tags = ['encoding', 'text-processing']
# ///
import pandas as pd

films = pd.DataFrame(
    {
        "title": ["Alien", "Heat", "Scream", "Up"],
        "genres": ["horror|drama", "drama", "horror|comedy", "comedy|drama"],
    }
)
# str.get_dummies splits on sep and makes one indicator column per distinct genre
flags = films.drop(columns="genres").join(films["genres"].str.get_dummies(sep="|"))
