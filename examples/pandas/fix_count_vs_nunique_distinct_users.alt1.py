users_per_event = events.drop_duplicates(["event", "user"])["event"].value_counts()
