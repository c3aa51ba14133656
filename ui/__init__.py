"""The Streamlit user interface: one module per page, plus i18n, state pointers and small widgets.

Only `app.py` and this package import Streamlit. Pages read and write through `assessment/`; they hold no
business rule.
"""
