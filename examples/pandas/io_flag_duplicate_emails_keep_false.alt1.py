import pandas as pd

users = pd.DataFrame(
    {
        "user_id": [1, 2, 3, 4, 5],
        "email": ["ana@x.com", "Ben@y.org", "ANA@x.com", "cy@z.net", "ben@y.org"],
    }
)
email_key = users["email"].str.casefold()
users["duplicate"] = email_key.map(email_key.value_counts()) > 1
