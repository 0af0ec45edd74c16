# /// example
# task = '''
# Write a function `mask_emails` with the signature and docstring below.
#
# ```python
# def mask_emails(values):
#     """Hide the local part of e-mail addresses for a shared report.
#
#     "john.doe@example.com" becomes "j***@example.com": the first
#     character before "@" is kept and the rest of the local part is
#     replaced by "***"; the domain is kept. Values that are not a single
#     address (no "@", spaces, two "@") are returned unchanged; missing
#     values stay missing. Returns a Series with the same index.
#     """
# ```'''
# prompt = '''
# Before I share a customer extract I need the e-mails pseudonymised: `mask_emails(values)` should \
# turn "john.doe@example.com" into "j***@example.com" (first character kept, rest of the part \
# before the @ replaced by ***, domain kept), leave anything that isn't a single clean address \
# (no @, contains spaces, two @) unchanged, keep missing values missing and keep the index.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'mask_emails(pd.Series(["john.doe@example.com", "a@b.org"])).tolist() == ["j***@example.com", "a***@b.org"]',
#     '[v if isinstance(v, str) else None for v in mask_emails(pd.Series(["not-an-email", None, "x y@z.com", "a@b@c.com"], index=[3, 2, 1, 0]))] == ["not-an-email", None, "x y@z.com", "a@b@c.com"]',
#     'list(mask_emails(pd.Series(["not-an-email", None], index=[3, 2])).index) == [3, 2]',
#     'mask_emails(pd.Series(["Mary_Ann+news@mail.co.uk"])).tolist() == ["M***@mail.co.uk"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'text-processing']
# ///
def mask_emails(values):
    """Hide the local part of e-mail addresses for a shared report.

    "john.doe@example.com" becomes "j***@example.com": the first
    character before "@" is kept and the rest of the local part is
    replaced by "***"; the domain is kept. Values that are not a single
    address (no "@", spaces, two "@") are returned unchanged; missing
    values stay missing. Returns a Series with the same index.
    """
    # \1 keeps the first character, \2 the "@domain"; non-matching values pass through
    return values.str.replace(r"^([^@\s])[^@\s]*(@[^@\s]+)$", r"\1***\2", regex=True)
