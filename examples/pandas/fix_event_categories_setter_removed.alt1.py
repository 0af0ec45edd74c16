events["event"] = events["event"].cat.rename_categories(["page_view", "click", "purchase"])
