"""The UI speaks Finnish from our catalogue and from Qt's own (standard buttons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from ui.translator import install_language


def test_finnish_covers_our_texts_and_qts_standard_buttons(qtbot):
    installed = install_language("fi")
    qt_translators = [
        t
        for t in QCoreApplication.instance().findChildren(type(installed).__mro__[1])
        if t is not installed
    ]
    try:
        assert QCoreApplication.translate("Backoffice", "Refund queue") == "Hyvitysjono"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peru"
    finally:
        for translator in (installed, *qt_translators):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
