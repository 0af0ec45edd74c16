# /// example
# task = """
# Build `responses` from the list below: a free-text `city` answer per respondent, typed with \
# mixed case, stray spaces, dots and abbreviations. Normalise it into `city_clean`, a categorical \
# Series with exactly the categories `Boston`, `Chicago` and `New York`: trim and lower-case the \
# text, remove dots, map the synonyms `nyc` and `ny` to New York, `bos` to Boston and `chi-town` \
# to Chicago (a `Series.replace` mapping), then title-case. Count the answers per city into \
# `city_counts`.
#
# city: "New York", "new york ", "NYC", "N.Y.", " Boston", "boston", "BOS", "Chicago", \
# "CHICAGO ", "Chi-town" (in that order)."""
# prompt = """
# Survey respondents typed their city by hand, so I get things like "New York", "new york ", \
# "NYC", "N.Y.", " Boston", "boston", "BOS", "Chicago", "CHICAGO " and "Chi-town" (in that \
# order). Put them in a DataFrame `responses` with a `city` column and clean them up into a \
# categorical Series `city_clean` whose only categories are `Boston`, `Chicago` and `New York` \
# (ignore case, surrounding spaces and dots; nyc/ny mean New York, bos means Boston, chi-town \
# means Chicago). Then count the answers per city in `city_counts`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'responses["city"].tolist() == ["New York", "new york ", "NYC", "N.Y.", " Boston", "boston", "BOS", "Chicago", "CHICAGO ", "Chi-town"]',
#     'isinstance(city_clean.dtype, pd.CategoricalDtype) and sorted(city_clean.cat.categories) == ["Boston", "Chicago", "New York"]',
#     'city_clean.astype(str).tolist() == ["New York"] * 4 + ["Boston"] * 3 + ["Chicago"] * 3',
#     'city_counts.to_dict() == city_clean.astype(str).value_counts().to_dict()',
#     'int(city_counts.sum()) == len(responses)',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'recoding', 'text-processing', 'categorical']
# ///
import pandas as pd

responses = pd.DataFrame(
    {
        "city": [
            "New York",
            "new york ",
            "NYC",
            "N.Y.",
            " Boston",
            "boston",
            "BOS",
            "Chicago",
            "CHICAGO ",
            "Chi-town",
        ]
    }
)

synonyms = {"nyc": "new york", "ny": "new york", "bos": "boston", "chi-town": "chicago"}
# normalise the spelling first, so the synonym map only needs lower-case keys
key = responses["city"].str.strip().str.lower().str.replace(".", "", regex=False)
city_clean = (
    key.replace(synonyms).str.title().astype(pd.CategoricalDtype(["Boston", "Chicago", "New York"]))
)
city_counts = city_clean.value_counts()
