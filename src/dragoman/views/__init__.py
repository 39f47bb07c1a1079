"""View models: the records every face shows (entity, article, story details; list pages).

Plain functions over the store, no web framework: the CLI, the JSON API and the web pages
call the same function for the same view, so the faces stay thin.
"""
