"""Quotations: who said what, direct and reported, with the speaker linked when possible."""

from dragoman.quotes.detect import find_quotes
from dragoman.quotes.stage import quotes_stage

__all__ = ["find_quotes", "quotes_stage"]
