scores = rm_long.set_index(["subject", "time"]).sort_index(level="time")
subjects = scores.index.get_level_values("subject")
early = scores.loc[(subjects >= "s01") & (subjects <= "s05"), "score"]
