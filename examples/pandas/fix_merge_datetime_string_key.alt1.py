import pandas as pd

maintenance = pd.DataFrame(
    {"date": pd.to_datetime(["2024-03-05", "2024-04-12"]), "technician": ["Ana", "Ben"]}
)
readings = sensor.join(maintenance.set_index("date"), on="date").reset_index()
