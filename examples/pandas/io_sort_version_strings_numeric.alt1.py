import pandas as pd

releases = pd.DataFrame({"release": ["1.10.0", "1.9.2", "2.0.0", "1.9.10", "1.2.0"]})
ordered = releases.sort_values(
    "release",
    key=lambda column: column.map(lambda text: tuple(int(part) for part in text.split("."))),
)
