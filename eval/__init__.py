"""Quality evaluations (``make eval``). Each module has a ``main() -> dict`` and is listed in run.py."""
