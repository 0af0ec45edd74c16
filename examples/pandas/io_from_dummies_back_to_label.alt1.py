import pandas as pd

onehot = pd.DataFrame(
    {
        "colour_red": [1, 0, 0, 1],
        "colour_green": [0, 1, 0, 0],
        "colour_blue": [0, 0, 1, 0],
    }
)
labels = onehot.idxmax(axis=1).str.removeprefix("colour_").to_frame("colour")
