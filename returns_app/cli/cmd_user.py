"""``returns-app user add NAME --role ROLE``: add a user (an admin signs for it);
``returns-app user unlock NAME --as ADMIN``: let a user locked after wrong passwords in again."""

from __future__ import annotations

import argparse

from returns_app.cli.common import cli_station, open_engine, read_secret, uow_for, use_case
from returns_app.domain.users import ROLES, Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.services import users


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``user`` and its subcommands."""
    user = sub.add_parser("user", help="manage users")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = usub.add_parser(
        "add",
        help="add a user; asks for the password (or reads it from standard input); once a "
        "user exists an admin must sign with --as (their password is the next line)",
    )
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--display-name", default="")
    add.add_argument("--as", dest="admin", metavar="ADMIN", help="the admin who adds the user")
    add.set_defaults(func=run_add)
    unlock = usub.add_parser(
        "unlock",
        help="let a user locked after too many wrong passwords sign in again; an admin signs "
        "with --as (or --user); their password is asked, or read from standard input",
    )
    unlock.add_argument("name")
    unlock.add_argument("--as", dest="admin", metavar="ADMIN", help="the admin who unlocks")
    unlock.set_defaults(func=run_unlock)


def run_add(args: argparse.Namespace) -> int:
    """Add the user; the first user of a database needs no admin."""
    engine = open_engine(args)
    first = users.count_users(uow_for(engine, readonly=True)) == 0
    args.admin = args.admin or args.user
    if not first and not args.admin:
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP("cli", "Users exist already: name the admin with --as ADMIN."),
            )
        )
    password = read_secret(f"Password for {args.name}: ")
    # The first user of an empty database adds themselves (audited so); after that an admin signs.
    actor = Actor(None, args.name, args.role, cli_station())
    if not first:
        admin_password = read_secret(f"Password of {args.admin}: ")
        actor = use_case(
            lambda: users.authenticate(uow_for(engine), args.admin, admin_password, cli_station())
        )
    dto = use_case(
        lambda: users.add_user(
            uow_for(engine),
            args.name,
            password,
            args.role,
            display_name=args.display_name,
            actor=actor,
        )
    )
    print(f"Added user {dto.username} ({dto.role}).")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    """Unlock the user (and forget their wrong passwords), signed by an admin."""
    admin = args.admin or args.user
    if not admin:
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP("cli", "Name the admin who unlocks the user with --as ADMIN."),
            )
        )
    engine = open_engine(args)
    admin_password = read_secret(f"Password of {admin}: ")
    actor = use_case(
        lambda: users.authenticate(uow_for(engine), admin, admin_password, cli_station())
    )
    user = users.find_user(uow_for(engine, readonly=True), args.name)
    use_case(lambda: users.unlock_user(uow_for(engine), actor, user.id))
    print(f"Unlocked user {user.username}: they can sign in again.")
    return 0
