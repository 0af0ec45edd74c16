import pandas as pd

sizes = pd.DataFrame({"size": ["S", "M"], "base": [10.0, 12.0]})
colours = pd.DataFrame({"colour": ["black", "red", "gold"], "surcharge": [0.0, 1.5, 4.0]})

variants = pd.merge(sizes.assign(key=1), colours.assign(key=1), on="key").drop(columns="key")
variants = variants.assign(price=variants.base + variants.surcharge)
