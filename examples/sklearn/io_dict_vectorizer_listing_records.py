# /// example
# task = """
# Three flat listings arrive as JSON-like records with optional fields (below). Build them as the \
# list of dicts `listings` and turn them into a dense feature matrix `features`: numeric fields \
# become one column each, the string field `city` becomes one 0/1 column per city named \
# `city=<name>`, a missing field is 0, and the columns are sorted by name. Store the column names \
# in `feature_names`.
#
# ```text
# {"city": "Oslo", "rooms": 3, "area": 72.0}
# {"city": "Bergen", "rooms": 2}
# {"city": "Oslo", "area": 55.5, "balcony": 1}
# ```
#
# Wanted:
#
# ```text
# feature_names = ['area', 'balcony', 'city=Bergen', 'city=Oslo', 'rooms']
# features =
# [[72.   0.   0.   1.   3. ]
#  [ 0.   0.   1.   0.   2. ]
#  [55.5  1.   0.   1.   0. ]]
# ```"""
# prompt = """
# My scraped apartment `listings` are dicts where fields may be missing. I need a numeric matrix \
# `features` for scikit-learn with a one-hot column per `city` (named like `city=Oslo`), numeric \
# fields as they are, missing fields as 0, columns in sorted order, plus the column names \
# `feature_names`:
#
# ```text
# {"city": "Oslo", "rooms": 3, "area": 72.0}
# {"city": "Bergen", "rooms": 2}
# {"city": "Oslo", "area": 55.5, "balcony": 1}
# ```
#
# I expect
#
# ```text
# feature_names = ['area', 'balcony', 'city=Bergen', 'city=Oslo', 'rooms']
# features =
# [[72.   0.   0.   1.   3. ]
#  [ 0.   0.   1.   0.   2. ]
#  [55.5  1.   0.   1.   0. ]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'list(feature_names) == ["area", "balcony", "city=Bergen", "city=Oslo", "rooms"]',
#     'np.allclose(np.asarray(features, dtype=float), [[72.0, 0, 0, 1, 3], [0, 0, 1, 0, 2], [55.5, 1, 0, 1, 0]])',
# ]
# difficulty = 'basic'
# tags = ['encoding', 'nested-data', 'feature-engineering']
# ///
from sklearn.feature_extraction import DictVectorizer

listings = [
    {"city": "Oslo", "rooms": 3, "area": 72.0},
    {"city": "Bergen", "rooms": 2},
    {"city": "Oslo", "area": 55.5, "balcony": 1},
]

# string values are one-hot encoded as "field=value"; sparse=False gives a NumPy array
vectorizer = DictVectorizer(sparse=False)
features = vectorizer.fit_transform(listings)
feature_names = list(vectorizer.get_feature_names_out())
