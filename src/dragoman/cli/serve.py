"""``dragoman serve``: the REST API and the web application in one process."""

from __future__ import annotations

import ipaddress

import click

from dragoman.cli.app import main, require_archive, settings_with
from dragoman.errors import DragomanError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--write-token", default=None, metavar="TOKEN",
              help="Enable ingest (POST) and require this token ($DRAGOMAN_WRITE_TOKEN, or "
                   "write_token in the config file).")
@click.option("--rate-limit", default=None, type=click.IntRange(0),
              help="Requests per minute per client address (default 600, $DRAGOMAN_RATE_LIMIT); "
                   "0 for no limit.")
@click.option("--trust-proxy", multiple=True, metavar="ADDRESS",
              help="Address of a reverse proxy whose X-Forwarded-For names the client (repeat "
                   "for several; $DRAGOMAN_TRUST_PROXY, comma-separated). Default: proxy "
                   "headers are ignored.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, write_token: str | None,
          rate_limit: int | None, trust_proxy: tuple[str, ...]) -> None:
    """Serve the REST API (/api/v1, reference at /docs) and the web application."""
    settings = settings_with(ctx, write_token=write_token, rate_limit=rate_limit,
                             trust_proxy=trust_proxy)
    write_token = settings.write_token
    if not write_token:  # a read-only server needs an archive; a writing one may create it
        require_archive(ctx.obj["db"])
    try:
        import uvicorn

        from dragoman.server import create_app

        app = create_app(ctx.obj["db"], write_token, rate_limit=settings.rate_limit,
                         trust_proxy=frozenset(settings.trust_proxy), settings=settings)
    except ImportError as exc:
        raise click.ClickException(
            f"serving needs '{exc.name}': pip install 'dragoman[serve]'") from exc
    except DragomanError as exc:
        raise click.ClickException(str(exc)) from exc
    if not is_loopback(host):
        click.echo(f"warning: binding to {host}, which is not a loopback address: anyone who "
                   "can reach this machine can read the archive. There is no TLS; put a "
                   "reverse proxy in front for anything but a trusted network.", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Dragoman: archive {ctx.obj['db']} at http://{shown}:{port}/ "
               f"(API reference: http://{shown}:{port}/docs, explorer: /api/explorer); writes "
               f"{'on (token required)' if write_token else 'off'}", err=True)
    # The app reads X-Forwarded-For itself, only from --trust-proxy addresses; uvicorn's own
    # handling would believe it from any loopback client.
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                proxy_headers=False)
