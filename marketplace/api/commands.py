"""``flask create-token``: a personal access token for an account, from the shell."""

from __future__ import annotations

import sys

import click
from flask.cli import with_appcontext


@click.command("create-token")
@with_appcontext
@click.argument("email")
@click.option("--name", required=True, help="What the token is for (shown on the account page).")
@click.option(
    "--scope",
    "scopes",
    multiple=True,
    type=click.Choice(["read", "write"]),
    default=("read",),
    show_default=True,
    help="Repeat for both: --scope read --scope write.",
)
def create_token(email: str, name: str, scopes: tuple[str, ...]) -> None:
    """Make a personal access token for EMAIL; the token is the last line printed."""
    from marketplace.errors import ValidationFailed
    from marketplace.services.accounts import users
    from marketplace.services.integrations import tokens

    user = users.find_user_by_email(email)
    if user is None:
        click.echo(f"No account uses {email}.", err=True)
        sys.exit(1)
    try:
        token, raw = tokens.create_token(user, name=name, scopes=scopes)
    except ValidationFailed as error:
        click.echo(error.message, err=True)
        sys.exit(1)
    click.echo(f"Token {token.prefix}… for {email} ({', '.join(token.scopes)}); shown once:")
    click.echo(raw)
