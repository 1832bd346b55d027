"""This station's own settings: its name, language, scanner timings and printers.

Kept in the station's settings file (the shop's settings are in the database). The printers
the system knows are listed off the GUI thread (a network printer can take a while).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from returns_app.services.documents import LABEL_SIZES, SLIP_FORMATS, TAG_SIZES
from ui.backoffice.common import MessageLine
from ui.context import AppContext
from ui.printing import available_printers
from ui.style import Tone

LANGUAGES = (("fi", "Suomi"), ("en", "English"))
SIZE_NAMES = {
    "100x150": "100 × 150 mm",
    "a6": "A6 (105 × 148 mm)",
    "a4": "A4",
    "57x32": "57 × 32 mm",
    "100x50": "100 × 50 mm",
    "80mm": "80 mm",
}


class StationSettings(QWidget):
    """Name, language, scanner and printers of this station."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        lister: Callable[[], list[str]] = available_printers,
        player=None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lister = lister
        self._player = player  # a SoundPlayer; made on first use
        self._build()
        self._load()
        self.save.clicked.connect(self._on_save_clicked)
        self.find_printers.clicked.connect(self._on_find_printers_clicked)
        self.try_sounds.clicked.connect(self._on_try_sounds_clicked)
        self._on_find_printers_clicked()

    def _build(self) -> None:
        self.station = QLineEdit(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.font_scale = QDoubleSpinBox(self)
        self.font_scale.setRange(0.8, 2.0)
        self.font_scale.setSingleStep(0.1)
        self.font_scale.setDecimals(1)
        general = QGroupBox(self.tr("Station"), self)
        form = _form(general)
        form.addRow(self.tr("Station name"), self.station)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Text size"), self.font_scale)
        form.addRow("", _muted(self.tr("Language and text size apply when the app starts."), self))

        self.burst = QSpinBox(self)
        self.burst.setRange(5, 200)
        self.burst.setSuffix(" ms")
        self.min_length = QSpinBox(self)
        self.min_length.setRange(1, 40)
        self.tab_ends = QCheckBox(self.tr("Tab ends a scan (as well as Enter)"), self)
        self.gs = QLineEdit(self)
        self.gs.setMaxLength(1)
        self.gs.setPlaceholderText(self.tr("none"))
        scanner = QGroupBox(self.tr("Scanner"), self)
        form = _form(scanner)
        form.addRow(self.tr("Longest gap between keys of a scan"), self.burst)
        form.addRow(self.tr("Shortest scan"), self.min_length)
        form.addRow("", self.tab_ends)
        form.addRow(self.tr("Character the scanner sends for FNC1"), self.gs)

        self.label_printer = _printer_combo(self)
        self.tag_printer = _printer_combo(self)
        self.a4_printer = _printer_combo(self)
        self.label_size = _size_combo(self, LABEL_SIZES)
        self.tag_size = _size_combo(self, TAG_SIZES)
        self.slip_format = _size_combo(self, SLIP_FORMATS)
        for combo, name in (
            (self.label_printer, self.tr("Printer for return labels")),
            (self.label_size, self.tr("Size of return labels")),
            (self.tag_printer, self.tr("Printer for item tags")),
            (self.tag_size, self.tr("Size of item tags")),
            (self.a4_printer, self.tr("Printer for credit notes")),
            (self.slip_format, self.tr("Format of credit notes")),
        ):
            combo.setAccessibleName(name)
        self.find_printers = QPushButton(self.tr("Find printers"), self)
        printers = QGroupBox(self.tr("Printers"), self)
        form = _form(printers)
        form.addRow(self.tr("Return labels"), _pair(self.label_printer, self.label_size))
        form.addRow(self.tr("Item tags"), _pair(self.tag_printer, self.tag_size))
        form.addRow(self.tr("Credit notes (slips)"), _pair(self.a4_printer, self.slip_format))
        form.addRow("", self.find_printers)

        self.sound_on = QCheckBox(self.tr("Sounds for scans: success, warning, error"), self)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.try_sounds = QPushButton(self.tr("Play the three sounds"), self)
        sound = QGroupBox(self.tr("Sound"), self)
        form = _form(sound)
        form.addRow("", self.sound_on)
        form.addRow(self.tr("Volume"), self.volume)
        form.addRow("", self.try_sounds)

        self.save = QPushButton(self.tr("Save station settings"), self)
        self.message = MessageLine(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(scanner)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(printers)
        right.addWidget(sound)
        right.addStretch(1)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    def _load(self) -> None:
        s = self._ctx.settings
        self.station.setText(s.get("station/name"))
        self.language.setCurrentIndex(max(0, self.language.findData(s.get("ui/language"))))
        self.font_scale.setValue(s.get("ui/font_scale"))
        self.burst.setValue(s.get("scanner/burst_interval_ms"))
        self.min_length.setValue(s.get("scanner/min_length"))
        self.tab_ends.setChecked(s.get("scanner/terminator_tab"))
        self.gs.setText(s.get("scanner/gs_substitute"))
        for combo, key in self._printer_keys():
            combo.setCurrentText(s.get(key))
        for combo, key in self._size_keys():
            combo.setCurrentIndex(max(0, combo.findData(s.get(key))))
        self.sound_on.setChecked(s.get("sound/enabled"))
        self.volume.setValue(s.get("sound/volume"))

    def _printer_keys(self) -> tuple[tuple[QComboBox, str], ...]:
        return (
            (self.label_printer, "printers/label"),
            (self.tag_printer, "printers/tag"),
            (self.a4_printer, "printers/a4"),
        )

    def _size_keys(self) -> tuple[tuple[QComboBox, str], ...]:
        return (
            (self.label_size, "printers/label_size"),
            (self.tag_size, "printers/tag_size"),
            (self.slip_format, "printers/slip_format"),
        )

    def _on_try_sounds_clicked(self) -> None:
        """Play success, warning and error at the slider's volume (before saving)."""
        from ui.sound import KINDS, SoundPlayer

        if self._player is None:
            self._player = SoundPlayer(self._ctx.settings, self)
        player, volume = self._player, self.volume.value()
        for i, kind in enumerate(KINDS):
            QTimer.singleShot(600 * i, lambda k=kind: player.preview(k, volume))

    def _on_find_printers_clicked(self) -> None:
        self.find_printers.setEnabled(False)
        self._ctx.runner.run_io(self._lister, self._on_printers_found)

    def _on_printers_found(self, names: list[str] | None, error: BaseException | None) -> None:
        self.find_printers.setEnabled(True)
        if error is not None:
            self.message.say(self.tr("The printers could not be listed."), Tone.WARN)
            return
        for combo, _key in self._printer_keys():
            current = combo.currentText()
            combo.clear()
            combo.addItem("")
            combo.addItems(names or [])
            combo.setCurrentText(current)

    def _on_save_clicked(self) -> None:
        gs = self.gs.text()
        if gs and gs.isalnum():
            self.message.say(
                self.tr("The FNC1 character must be a symbol such as ~ or ^, not a letter."),
                Tone.BAD,
            )
            return
        name = self.station.text().strip()
        if not name:
            self.message.say(self.tr("Give the station a name."), Tone.BAD)
            return
        s = self._ctx.settings
        s.set("station/name", name)
        s.set("ui/language", self.language.currentData())
        s.set("ui/font_scale", round(self.font_scale.value(), 1))
        s.set("scanner/burst_interval_ms", self.burst.value())
        s.set("scanner/min_length", self.min_length.value())
        s.set("scanner/terminator_tab", self.tab_ends.isChecked())
        s.set("scanner/gs_substitute", gs)
        for combo, key in self._printer_keys():
            s.set(key, combo.currentText().strip())
        for combo, key in self._size_keys():
            s.set(key, combo.currentData())
        s.set("sound/enabled", self.sound_on.isChecked())
        s.set("sound/volume", self.volume.value())
        self.message.say(self.tr("Station settings saved."), Tone.GOOD)


def _form(box: QGroupBox) -> QFormLayout:
    """A form whose long labels (in Finnish) go above their field instead of widening it."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def _printer_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)  # a printer not connected now can still be named
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(12)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _size_combo(parent: QWidget, sizes: tuple[str, ...]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    for size in sizes:
        combo.addItem(SIZE_NAMES.get(size, size), size)
    return combo


def _pair(first: QWidget, second: QWidget) -> QWidget:
    box = QWidget(first.parentWidget())
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first, 1)
    row.addWidget(second)
    return box
