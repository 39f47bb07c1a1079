"""The command line: thin commands over the library.

``app`` defines the ``dragoman`` group; each module below adds the commands of
one concern. A new concern adds a module and one import line here.
"""

from dragoman.cli import config as config_commands  # noqa: F401
from dragoman.cli import core  # noqa: F401  (registers commands)
from dragoman.cli import corrections as correction_commands  # noqa: F401
from dragoman.cli import entities as entity_commands  # noqa: F401
from dragoman.cli import eval as eval_commands  # noqa: F401
from dragoman.cli import quotes as quote_commands  # noqa: F401
from dragoman.cli import serve as serve_commands  # noqa: F401
from dragoman.cli import sources as source_commands  # noqa: F401
from dragoman.cli import stories as story_commands  # noqa: F401
from dragoman.cli import watchlists as watchlist_commands  # noqa: F401
from dragoman.cli.app import main

__all__ = ["main"]

if __name__ == "__main__":  # pragma: no cover
    main()
