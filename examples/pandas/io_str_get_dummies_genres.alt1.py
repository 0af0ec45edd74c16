import pandas as pd

films = pd.DataFrame(
    {
        "title": ["Alien", "Heat", "Scream", "Up"],
        "genres": ["horror|drama", "drama", "horror|comedy", "comedy|drama"],
    }
)
pairs = films.assign(genre=films["genres"].str.split("|")).explode("genre")
indicators = pd.crosstab(pairs.index, pairs["genre"]).clip(upper=1)
flags = films[["title"]].join(indicators.rename_axis(index=None, columns=None))
