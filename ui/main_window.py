"""The main window: areas in tabs (the desk first), who is signed in, the database, the printers.

Areas are built on first use. The status bar says who works here, at which station, on which
database (local or shared, and whether it answers) and which printers are ready; it refreshes
off the GUI thread. F1 shows every shortcut, from the same tables the shortcuts come from.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services.acting import still_signed_in
from returns_app.services.runtime import Overview, on_database_busy, overview
from ui import style
from ui.accessibility import announce, name_controls
from ui.context import AppContext
from ui.help_overlay import HelpOverlay
from ui.printing import ROLE_SETTING, DocumentRole, PrintCenter, role_name, role_short_name
from ui.shell import WINDOW_KEYS, Area, KeyGroup, area_bindings
from ui.signin import SignInDialog
from ui.translator import render

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

STATUS_REFRESH_MS = 30_000


def _fitting(widget: QWidget) -> QScrollArea:
    """Put an area in a scroll area, so no area can make the window wider or taller than the
    screen (Reports in Finnish once widened it to 1846 px for the rest of the session).
    Areas are laid out to fit 1366x768; this is the safety net, not the layout."""
    frame = QScrollArea()
    frame.setObjectName("areaFrame")
    frame.setWidgetResizable(True)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    frame.setWidget(widget)
    return frame


PROGRESS_AFTER_MS = 400  # quick tasks never flash a progress bar
ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("MainWindow", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("MainWindow", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("MainWindow", "admin"),
}


class MainWindow(QMainWindow):
    """Returns Desk's main window.

    Signals:
        area_changed(str): the key of the area now shown.
    """

    area_changed = Signal(str)
    database_busy = Signal(object)  # a Message, emitted from the worker thread (queued)

    def __init__(
        self,
        ctx: AppContext,
        areas: Sequence[Area],
        *,
        printer: PrintCenter | None = None,
        refresh_ms: int = STATUS_REFRESH_MS,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.areas = list(areas)
        self.printer = printer or PrintCenter(ctx, self)
        self._widgets: dict[str, QWidget] = {}
        self._beating = False  # a heartbeat is under way
        self._current: str | None = None
        self.switch_dialog: SignInDialog | None = None  # the quick-switch dialog, when open
        self.about_dialog: QDialog | None = None
        self._database_told = False  # the status bar has said once how the database is
        self.setWindowTitle(self.tr("Returns Desk"))
        self.resize(1366, 768)
        self._build()
        self._build_status_bar()
        self._build_shortcuts()
        ctx.session.changed.connect(self._on_session_changed)
        ctx.runner.busy_changed.connect(self._on_runner_busy_changed)
        ctx.runner.signed_out.connect(self._on_runner_signed_out)
        # Another station's import holds the SQLite file: the worker waits and tries again;
        # the clerk is told so at once instead of seeing only "Working…".
        self.database_busy.connect(self._on_database_busy, Qt.ConnectionType.QueuedConnection)
        self._stop_busy = on_database_busy(self._relay_busy)
        self.printer.printers_changed.connect(self._on_printer_printers_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh_status)
        self._timer.start()
        self._on_session_changed(ctx.session.actor)
        self.refresh_status()
        self.printer.refresh_printers()

    # --- Building -------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        self.tabs = QTabBar(central)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setExpanding(False)
        for i, area in enumerate(self.areas):
            self.tabs.addTab(area.title)
            # The key in the tooltip (and in F1's list): with it in the title, nine Finnish
            # titles did not fit a 1366 px screen.
            self.tabs.setTabToolTip(i, self._tab_text(area, i))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.stack = QStackedWidget(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.help = HelpOverlay(central)
        self.help.set_groups(self.key_groups())

    def _tab_text(self, area: Area, index: int) -> str:
        """The title and one key: the area's own F-key, else Ctrl+<position> (F1 lists all)."""
        if area.shortcut and area.shortcut.startswith("F"):
            return f"{area.title}  {area.shortcut}"
        return f"{area.title}  Ctrl+{index + 1}" if index < 9 else area.title

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.station_label = QLabel()
        self.db_label = QLabel()
        self.printers_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(14)
        self.progress.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_AFTER_MS)
        self._progress_timer.timeout.connect(self.progress.show)
        for label in (self.user_label, self.station_label, self.db_label):
            bar.addWidget(label)
        bar.addWidget(self.printers_label, 1)
        bar.addPermanentWidget(self.progress)
        self.station_label.setText(
            self.tr("Station: {name}").format(name=self.ctx.settings.get("station/name"))
        )
        self.db_label.setText(self.tr("Database: checking…"))
        self.db_label.setToolTip(self.ctx.backend.display_url)
        self._show_printers(None)

    def _build_shortcuts(self) -> None:
        handlers = {
            "help": self.toggle_help,
            "about": self.show_about,
            "switch_user": self.switch_user,
            "next_area": lambda: self._step_area(1),
            "previous_area": lambda: self._step_area(-1),
        }
        for binding in WINDOW_KEYS.bindings:
            for sequence in binding.sequences():
                QShortcut(sequence, self).activated.connect(handlers[binding.action])
        for area, binding in zip(self.areas, area_bindings(self.areas).bindings, strict=False):
            for sequence in binding.sequences():
                QShortcut(sequence, self).activated.connect(
                    lambda key=area.key: self.show_area(key)
                )

    def key_groups(self) -> list[KeyGroup]:
        """Every shortcut group, for the help overlay."""
        groups = [WINDOW_KEYS, area_bindings(self.areas)]
        for area in self.areas:
            groups.extend(area.key_groups)
        return groups

    # --- Areas ----------------------------------------------------------------------------

    def _allowed(self, area: Area, actor: Actor | None) -> bool:
        return area.permission is None or (actor is not None and actor.may(area.permission))

    def area_widget(self, key: str) -> QWidget:
        """The widget of area ``key``, built on first use."""
        widget = self._widgets.get(key)
        if widget is None:
            area = next(a for a in self.areas if a.key == key)
            widget = area.factory(self.ctx)
            name_controls(widget)  # a screen reader names each input after its label
            self._widgets[key] = widget
            self.stack.addWidget(_fitting(widget))
            database_problem = getattr(widget, "database_problem", None)
            if database_problem is not None:
                database_problem.connect(self._on_area_database_problem)
            database_switched = getattr(widget, "database_switched", None)
            if database_switched is not None:
                database_switched.connect(self._on_area_database_switched)
        return widget

    def _frame_of(self, widget: QWidget) -> QWidget:
        """The scroll area an area's widget sits in."""
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent or widget

    @property
    def current_area(self) -> str | None:
        """The key of the area shown."""
        return self._current

    def show_area(self, key: str) -> None:
        """Show area ``key`` (if the signed-in user may see it)."""
        index = next((i for i, a in enumerate(self.areas) if a.key == key), -1)
        if index < 0 or not self._allowed(self.areas[index], self.ctx.session.actor):
            return
        if self.tabs.currentIndex() != index:
            self.tabs.setCurrentIndex(index)  # comes back through _on_tabs_current_changed
            return
        self._activate(key)

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.areas):
            self._activate(self.areas[index].key)

    def _activate(self, key: str) -> None:
        previous = self._widgets.get(self._current or "")
        router = getattr(previous, "scan_router", None)
        if router is not None and self._current != key:
            router.uninstall()
        widget = self.area_widget(key)
        self.stack.setCurrentWidget(self._frame_of(widget))
        self._current = key
        router = getattr(widget, "scan_router", None)
        if router is not None:
            router.uninstall()  # never twice
            router.install()
        focus = getattr(widget, "focus_default", None)
        if focus is not None:
            focus()
        self.area_changed.emit(key)

    def _step_area(self, step: int) -> None:
        count = self.tabs.count()
        index = self.tabs.currentIndex()
        for _ in range(count):
            index = (index + step) % count
            if self.tabs.isTabVisible(index):
                self.tabs.setCurrentIndex(index)
                return

    # --- Session --------------------------------------------------------------------------

    def _on_session_changed(self, actor: Actor | None) -> None:
        if actor is None:
            self.user_label.setText(self.tr("Nobody signed in"))
        else:
            self.user_label.setText(
                self.tr("{user} ({role})").format(
                    user=actor.username,
                    role=QCoreApplication.translate(
                        "MainWindow", ROLE_NAMES.get(actor.role, actor.role)
                    ),
                )
            )
        current = next((a for a in self.areas if a.key == self._current), None)
        if self.areas and (current is None or not self._allowed(current, actor)):
            self.show_area(self.areas[0].key)  # before hiding, so the desk comes back
        for i, area in enumerate(self.areas):
            visible = self._allowed(area, actor)
            if self.tabs.isTabVisible(i) != visible:
                self.tabs.setTabVisible(i, visible)
                # Qt keeps a tab that was hidden at width 0 when shown again (seen with 6.11):
                # setting its text again makes the bar measure it anew.
                self.tabs.setTabText(i, self.tabs.tabText(i))

    def switch_user(self) -> None:
        """Quick switch at a shared station (the current user stays if it is cancelled)."""
        dialog = SignInDialog(self.ctx, self, switching=True)
        dialog.finished.connect(self._on_switch_dialog_finished)
        self.switch_dialog = dialog
        dialog.open()

    def _on_switch_dialog_finished(self, result: int) -> None:
        del result
        self.switch_dialog = None
        widget = self._widgets.get(self._current or "")
        focus = getattr(widget, "focus_default", None)
        if focus is not None:
            focus()

    def show_about(self) -> None:
        """Show the About dialog (name, version, database, schema version, log file)."""
        from ui.about import AboutDialog
        from ui.logs import current_log_file

        if self.help.isVisible():
            self.help.close_help()
        log_file = current_log_file()
        self.about_dialog = AboutDialog(self.ctx, self, log_file=str(log_file) if log_file else "")
        self.about_dialog.open()

    def toggle_help(self) -> None:
        """Show or hide the shortcut overlay."""
        self.help.toggle()
        if not self.help.isVisible():
            self._on_switch_dialog_finished(0)

    # --- Status ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Ask the database how it is (off the GUI thread)."""
        backend = self.ctx.backend
        if not self._beating:
            # Not on the database worker: a heartbeat that waits on a stalled network must
            # never hold up a scan queued behind it (it has a connection of its own).
            self._beating = True
            self.ctx.runner.run_io(lambda: overview(backend), self._on_overview_done)
        actor = self.ctx.session.actor
        if actor is not None:
            # Deactivated (or given another role) elsewhere while only reading here: the
            # runner reports SignedOut and the station asks who works now.
            self.ctx.runner.run_db(
                lambda: still_signed_in(backend.uow(readonly=True), actor),
                lambda result, error: None,  # a database error shows through the overview
            )

    def _on_overview_done(self, result: Overview | None, error: BaseException | None) -> None:
        self._beating = False
        reachable = error is None and result is not None and result.reachable
        kind = self.ctx.backend.kind if result is None else result.kind
        kind_text = self.tr("local") if kind == "local" else self.tr("shared")
        if reachable:
            self._say_database(
                self.tr("Database: {kind}, connected").format(kind=kind_text), down=False
            )
            style.set_sheet(self.db_label, "")
        else:
            self._show_database_down(kind_text)

    def _show_database_down(self, kind_text: str | None = None) -> None:
        kind_text = kind_text or (
            self.tr("local") if self.ctx.backend.kind == "local" else self.tr("shared")
        )
        self._say_database(
            self.tr("Database: {kind}, NOT reachable").format(kind=kind_text), down=True
        )
        style.set_sheet(self.db_label, style.tone_sheet(style.Tone.BAD))

    def _say_database(self, text: str, *, down: bool) -> None:
        """Show how the database is; a change is announced to screen readers (losing it
        urgently), except the first "connected" at start."""
        changed = text != self.db_label.text()
        first = not self._database_told
        self._database_told = True
        self.db_label.setText(text)
        if changed and (down or not first):
            announce(self.db_label, text, urgent=down)

    def _on_area_database_switched(self, backend) -> None:
        """Another database was chosen in the settings: its users must sign in again, and
        every area is built anew on it (nothing of the old database stays on screen)."""
        from ui.backoffice.database_settings import switch_database

        switch_database(self.ctx, backend)
        self.ctx.listen_for_changes()  # the old database's news are no longer ours
        self.ctx.session.sign_out()
        for widget in self._widgets.values():
            router = getattr(widget, "scan_router", None)
            if router is not None:
                router.uninstall()
            frame = self._frame_of(widget)
            self.stack.removeWidget(frame)
            frame.deleteLater()
        self._widgets.clear()
        self._current = None
        self.refresh_status()
        dialog = SignInDialog(self.ctx, self)
        dialog.finished.connect(self._on_signin_after_switch_finished)
        self.switch_dialog = dialog
        dialog.open()

    def _on_signin_after_switch_finished(self, result: int) -> None:
        self.switch_dialog = None
        if result != QDialog.DialogCode.Accepted or self.ctx.session.actor is None:
            self.close()  # nobody may work on the new database without signing in
            return
        self._activate(self.areas[0].key)

    def _relay_busy(self, message) -> None:
        try:
            self.database_busy.emit(message)
        except RuntimeError:  # the window is gone already
            pass

    def _on_database_busy(self, message) -> None:
        self.statusBar().showMessage(render(message), 8000)

    def _on_runner_signed_out(self, error: BaseException) -> None:
        """The signed-in user was deactivated (or got another role) at another station: nobody
        works on as them. The station signs out and asks who is working now, saying why."""
        if self.ctx.session.actor is None and self.switch_dialog is not None:
            return  # already asking
        if self.switch_dialog is not None:
            self.switch_dialog.reject()
        self.ctx.session.sign_out()
        message = getattr(error, "message", None)
        dialog = SignInDialog(self.ctx, self, reason=render(message) if message else "")
        dialog.finished.connect(self._on_signin_after_signed_out_finished)
        self.switch_dialog = dialog
        dialog.open()

    def _on_signin_after_signed_out_finished(self, result: int) -> None:
        self.switch_dialog = None
        if result != QDialog.DialogCode.Accepted or self.ctx.session.actor is None:
            self.close()  # nobody may go on working as a user who was signed out
            return
        self._on_switch_dialog_finished(result)

    def _on_area_database_problem(self, text: str) -> None:
        self._show_database_down()
        self.db_label.setToolTip(text)

    def _on_printer_printers_changed(self, names: list[str]) -> None:
        self._show_printers(names)

    def _show_printers(self, available: list[str] | None) -> None:
        parts = []
        bad = False
        for role in DocumentRole:
            name = self.ctx.settings.get(ROLE_SETTING[role])
            what = role_short_name(role)
            if not name:
                parts.append(f"{what} –")  # the tooltip says which are not set
            elif available is not None and name not in available:
                parts.append(self.tr("{what} {name} (not found)").format(what=what, name=name))
                bad = True
            else:
                parts.append(f"{what} {name}")
        self.printers_label.setText(self.tr("Printers: {list}").format(list=" · ".join(parts)))
        self.printers_label.setToolTip(
            "\n".join(
                f"{role_name(r)}: {self.ctx.settings.get(ROLE_SETTING[r]) or '-'}"
                for r in DocumentRole
            )
        )
        style.set_sheet(self.printers_label, style.tone_sheet(style.Tone.WARN) if bad else "")

    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy:
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
            self.progress.hide()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        widget = self._widgets.get(self._current or "")
        router = getattr(widget, "scan_router", None)
        if router is not None:
            router.uninstall()
        self._timer.stop()
        self._stop_busy()
        self.ctx.live.stop()  # no listening thread outlives the window
        super().closeEvent(event)


def show_fitted(window: QWidget) -> None:
    """Show ``window`` at its 1366x768 size, or maximised where the screen has no more room
    than that (a 1366x768 station: with the title bar and a task bar the status bar would
    fall below the screen's edge)."""
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    frame = window.frameGeometry().size() - window.geometry().size()
    if room is not None and (
        room.width() < window.width() + frame.width() + 40
        or room.height() < window.height() + max(frame.height(), 30)
    ):
        window.showMaximized()
    else:
        window.show()
