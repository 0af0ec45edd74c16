import pandas as pd

visits = pd.DataFrame(
    {
        "visit_date": [
            "2024-03-05",
            "2024/03/07",
            "09.03.2024",
            "2024-03-11",
            "12.04.2024",
            "2024/04/30",
        ]
    }
)

dotted = r"(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{4})"
iso_text = (
    visits["visit_date"]
    .str.replace("/", "-", regex=False)
    .str.replace(dotted, r"\g<year>-\g<month>-\g<day>", regex=True)
)
visit_day = pd.to_datetime(iso_text, format="%Y-%m-%d")
