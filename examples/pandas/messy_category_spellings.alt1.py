import pandas as pd

raw_answers = [
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
responses = pd.DataFrame({"city": raw_answers})

canonical = {
    "new york": "New York",
    "nyc": "New York",
    "ny": "New York",
    "boston": "Boston",
    "bos": "Boston",
    "chicago": "Chicago",
    "chi-town": "Chicago",
}
normalised = responses["city"].str.strip().str.casefold().str.replace(r"\.", "", regex=True)
city_clean = pd.Categorical(normalised.map(canonical), categories=["Boston", "Chicago", "New York"])
city_clean = pd.Series(city_clean, index=responses.index, name="city")
city_counts = city_clean.value_counts()
