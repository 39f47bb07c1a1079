"""The web application: server-rendered pages over the archive, mounted by ``dragoman.server``.
Never imports the API (``dragoman.api``), nor it this."""
