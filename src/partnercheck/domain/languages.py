"""The languages every text a user reads exists in (the first is the default).

Apart from text.py: the message catalogs (catalogs.py), which every start of the window and
every command loads, need these names only, not the LocalText dataclass (building it: ~0.6 ms).
"""

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
