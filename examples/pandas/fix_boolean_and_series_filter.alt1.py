age_median = survey["age"].median()
income_median = survey["income"].median()
subset = survey.query("age > @age_median and income > @income_median")
