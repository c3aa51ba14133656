"""The domain core: exchange-file models, scoring, gaps and what-if, the certification cycle, store and CLI.

Import the submodules you need (`assessment.scoring`, `assessment.exchange` ...); this package imports
nothing on its own, so `python -m assessment` and the UI pay only for what they use.
"""
