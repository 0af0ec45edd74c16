filled = survey.apply(lambda column: column.fillna(column.median()))
