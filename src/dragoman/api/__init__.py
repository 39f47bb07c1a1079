"""The REST API: JSON routers under /api/v1, mounted by ``dragoman.server`` (which builds the
app). Never imports the web pages (``dragoman.web``), nor they it.
"""
