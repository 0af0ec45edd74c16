import pandas as pd

labels = pd.Series(["**urgent**", ' "draft" ', "final", "*on * hold* "])
clean = labels.str.replace(r'^[\s*"]+|[\s*"]+$', "", regex=True)
