ones = events.assign(one=1)
event_no = ones.groupby("user")["one"].cumsum().to_numpy()
