import pandas as pd
from sklearn import feature_selection

table = pd.DataFrame(
    {
        "petal_len": [1.4, 1.3, 1.5, 4.7, 4.5, 4.9],
        "sepal_wid": [3.5, 3.0, 3.2, 3.2, 2.9, 3.1],
        "stem_mm": [5.0, 3.0, 4.0, 6.0, 2.0, 5.0],
        "species": ["setosa"] * 3 + ["versicolor"] * 3,
    }
)
features = table.drop(columns="species")
species = table["species"].to_numpy()

f_scores, p_values = feature_selection.f_classif(features, species)
# the two columns with the largest F statistic, kept in their original order
kept = [name for name in features.columns if name in features.columns[f_scores.argsort()[-2:]]]
