"""Settings: this station (name, language, scanner, printers), its database, the shop's details
and policies, return reasons, stock locations, and the customers' e-mails."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from returns_app.domain.users import Actor
from ui.backoffice.common import heading
from ui.backoffice.database_settings import DatabaseSettings
from ui.backoffice.locations_page import LocationsWidget
from ui.backoffice.mail_settings_page import MailSettingsWidget
from ui.backoffice.payment_settings import PaymentSettings
from ui.backoffice.shop_settings_page import ShopSettingsWidget
from ui.backoffice.station_settings import StationSettings
from ui.context import AppContext


class SettingsPage(QWidget):
    """Every setting, in tabs.

    Signals:
        database_switched(object): the station now uses this new, open :class:`Backend`
            (the main window swaps it in: see ``database_settings.switch_database``).
        database_problem(str): the database did not answer.
    """

    database_switched = Signal(object)
    database_problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, lister=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.title = heading(self.tr("Settings"), self)
        self.tabs = QTabWidget(self)
        kwargs = {"lister": lister} if lister is not None else {}
        self.station = StationSettings(ctx, self.tabs, **kwargs)
        self.database = DatabaseSettings(ctx, self.tabs)
        self.shop = ShopSettingsWidget(ctx, self.tabs)
        self.locations = LocationsWidget(ctx, self.tabs)
        self.payments = PaymentSettings(ctx, self.tabs)
        self.mail = MailSettingsWidget(ctx, self.tabs)
        self.tabs.addTab(self.station, self.tr("This station"))
        self.tabs.addTab(self.database, self.tr("Database"))
        self.tabs.addTab(self.shop, self.tr("Shop and policies"))
        self.tabs.addTab(self.locations, self.tr("Stock locations"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.mail, self.tr("E-mail"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.database.database_switched.connect(self.database_switched)
        self.shop.database_problem.connect(self.database_problem)
        self.locations.database_problem.connect(self.database_problem)
        self.payments.database_problem.connect(self.database_problem)
        self.mail.database_problem.connect(self.database_problem)
        ctx.session.changed.connect(self._on_session_changed)
        self._on_session_changed(ctx.session.actor)

    def _on_session_changed(self, actor: Actor | None) -> None:
        # Choosing the database is an administrator's job (the station's data go with it).
        self.database.setEnabled(actor is not None and actor.may("manage_settings"))
