"""The chaos soak (``python -m tests.soak``, ``make soak``) and the sleep / network tests."""
