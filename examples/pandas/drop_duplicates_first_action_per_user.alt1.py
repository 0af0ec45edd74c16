first_actions = events[~events.duplicated(subset=["user", "event"])]
