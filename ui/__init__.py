"""The desktop interface (PySide6). Importing it first repairs a PySide6 signal bug (see qt_compat)."""
from ui import qt_compat as _qt_compat

_qt_compat.install()
