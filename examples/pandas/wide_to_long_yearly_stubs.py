# /// example
# task = """
# Build `patients` from the table below, one row per patient with a `weight_<year>` and a \
# `height_<year>` column per visit year. Reshape it with `pd.wide_to_long` into `visits`: one row \
# per (`id`, `year`) with the index levels `id` and `year` (the year as an integer, 2022 or \
# 2023) and the columns `name`, `weight` and `height`.
#
# | id | name  | weight_2022 | weight_2023 | height_2022 | height_2023 |
# |----|-------|-------------|-------------|-------------|-------------|
# | 1  | Ana   | 61.0        | 62.5        | 165         | 165         |
# | 2  | Bilal | 80.2        | 78.9        | 180         | 181         |
# | 3  | Chen  | 55.4        | 57.0        | 158         | 159         |"""
# prompt = """
# My patient table is wide: one row per patient with `weight_2022`, `weight_2023`, \
# `height_2022` and `height_2023`. Put it in a DataFrame `patients` (data below) and reshape it \
# to one row per patient and year in `visits`, indexed by `id` and `year` (2022 or 2023, as an \
# integer), with `name`, `weight` and `height` columns.
#
# id, name, weight_2022, weight_2023, height_2022, height_2023
# 1, Ana, 61.0, 62.5, 165, 165
# 2, Bilal, 80.2, 78.9, 180, 181
# 3, Chen, 55.4, 57.0, 158, 159"""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # the table as posted
#     'patients[["id", "weight_2022", "weight_2023", "height_2022", "height_2023"]].to_numpy().tolist() == [[1, 61.0, 62.5, 165, 165], [2, 80.2, 78.9, 180, 181], [3, 55.4, 57.0, 158, 159]]',
#     'list(visits.index.names) == ["id", "year"]',
#     'len(visits) == 2 * len(patients)',
#     'sorted(visits.columns) == ["height", "name", "weight"]',
#     'sorted(visits.index.get_level_values("year").unique().tolist()) == [2022, 2023]',
#     'all(visits.loc[(r.id, y), "weight"] == getattr(r, f"weight_{y}") and visits.loc[(r.id, y), "height"] == getattr(r, f"height_{y}") for r in patients.itertuples() for y in (2022, 2023))',
#     'all(visits.loc[(r.id, 2023), "name"] == r.name for r in patients.itertuples())',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'hierarchical-index']
# ///
import pandas as pd

patients = pd.DataFrame(
    {
        "id": [1, 2, 3],
        "name": ["Ana", "Bilal", "Chen"],
        "weight_2022": [61.0, 80.2, 55.4],
        "weight_2023": [62.5, 78.9, 57.0],
        "height_2022": [165, 180, 158],
        "height_2023": [165, 181, 159],
    }
)

# the stubs are the column prefixes; the default suffix pattern (digits) reads the year as int
visits = pd.wide_to_long(patients, stubnames=["weight", "height"], i="id", j="year", sep="_")
