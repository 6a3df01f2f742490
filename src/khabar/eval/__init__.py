"""Evaluations anyone can rerun: ``khabar eval cleaning|sentences``. Each returns a dict with an ``overall`` key."""
