import pandas as pd

raw = pd.DataFrame(
    {
        "id": [1, 2, None],
        "name": ["Ana", None, "Caro"],
        "active": [True, None, False],
        "score": [9.5, 7.0, None],
    },
    dtype=object,
)
clean = raw.astype({"id": "Int64", "name": "string", "active": "boolean", "score": "Float64"})
