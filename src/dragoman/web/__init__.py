"""The web application: server-rendered pages over the archive (mounted by dragoman.api)."""
