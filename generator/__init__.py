"""Briefing-site generator: news articles in ``seeds/`` → structured briefing pages."""
__version__ = "0.1.0"
