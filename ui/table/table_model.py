"""The resource table's model: the ordered ids of the current result plus a small cache of rows.

A search gives the full id list, kept compact (db.compact_ids.IdList: 4 bytes an id, 4 MB at
1,000,000). Rows are fetched from the catalogue a page at a time, on the first data() call that
needs one, and kept in a small LRU cache of pages, so memory follows what is on screen, not the
size of the catalogue. data() for a cached row never touches the database. There is no id -> row
map: finding the row of an id (restoring a selection) searches the compact list, ~1 ms an id at
1,000,000, where a dict of every id would cost ~100 MB there.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap

from db.compact_ids import IdList, compact
from app import vocab_labels
from db.records import RowData
from ui.lists.reading_list_items import UIDS_MIME, mime_for_uids
from ui.i18n import QT_TRANSLATE_NOOP, translate

PAGE_SIZE = 100
MAX_PAGES = 12   # the row cache's bound: a few screens of rows, whatever the result's size


@dataclass(frozen=True)
class Column:
    key: str            # RowData attribute
    title: str
    sort: str | None    # the catalogue's sort for this column; None: not sortable
    initial_descending: bool = False
    width: int = 120
    hidden: bool = False  # hidden until shown from the header menu (View › Columns)


COLUMNS: tuple[Column, ...] = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), "title", width=350),
    Column("type", QT_TRANSLATE_NOOP("Columns", "Type"), "type", width=95),
    Column("year", QT_TRANSLATE_NOOP("Columns", "Year"), "year", initial_descending=True, width=50),
    Column("organizations", QT_TRANSLATE_NOOP("Columns", "Organizations"), None, width=110),
    Column("countries", QT_TRANSLATE_NOOP("Columns", "Countries"), None, width=140),
    Column("languages", QT_TRANSLATE_NOOP("Columns", "Languages"), None, width=80),
    Column("themes", QT_TRANSLATE_NOOP("Columns", "Themes"), None, width=145),
    Column("added_at", QT_TRANSLATE_NOOP("Columns", "Added"), "latest", initial_descending=True, width=85),
    # The first page of the record's first PDF (rendered by the document indexer).
    Column("thumbnail", QT_TRANSLATE_NOOP("Columns", "First page"), None, width=40, hidden=True),
)
ADDED_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "added_at")
THUMBNAIL_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "thumbnail")
LONG_TEXT = ("title", "organizations", "countries", "themes", "languages")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2


def column_for_sort(sort: str) -> int:
    for i, col in enumerate(COLUMNS):
        if col.sort == sort:
            return i
    return ADDED_COLUMN


class ResourceTableModel(QAbstractTableModel):
    """Rows are the ids of the current result, in the order the database sorted them."""

    def __init__(self, catalogue, parent=None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._ids: IdList = compact(())
        self._pages: OrderedDict[int, dict[int, RowData]] = OrderedDict()
        self._thumbnails: dict[int, dict[int, QPixmap]] = {}   # page number -> id -> picture
        self.thumbnail_height = 24
        self.page_fetches = 0  # how many pages were read from the database (for tests and benchmarks)
        # View › One row per work: record id -> the other versions' language names, shown after its own.
        self.other_languages = None

    # ---- contents ------------------------------------------------------------------------------
    def set_catalogue(self, catalogue) -> None:
        self._catalogue = catalogue
        self.set_ids([])

    def set_ids(self, ids) -> None:
        """Show a new result (a new search or sort). An IdList is kept as it is, not copied (the
        caller hands it over); anything else is copied into one."""
        self.beginResetModel()
        self._ids = ids if isinstance(ids, IdList) else compact(ids)
        self._pages.clear()
        self._thumbnails.clear()
        self.endResetModel()

    def extend_ids(self, ids: IdList) -> None:
        """Show a longer result that starts with the ids shown (the whole answer after its first
        page): the new rows are inserted below the old ones, so the selection, the current row, the
        scroll position and the rows read stay. The caller has checked that ``ids`` starts so."""
        shown = len(self._ids)
        if shown % PAGE_SIZE:
            self._pages.pop(shown // PAGE_SIZE, None)   # a page read short: its rest is in the new rows
            self._thumbnails.pop(shown // PAGE_SIZE, None)
        if len(ids) <= shown:
            self._ids = ids if isinstance(ids, IdList) else compact(ids)
            return
        self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
        self._ids = ids if isinstance(ids, IdList) else compact(ids)
        self.endInsertRows()

    def refresh_rows(self) -> None:
        """Forget cached rows (records were edited); visible rows are read again when drawn."""
        self._pages.clear()
        self._thumbnails.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def ids(self) -> IdList:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_for_id(self, rid: int) -> int | None:
        return self.rows_for_ids([rid]).get(rid)

    def rows_for_ids(self, rids) -> dict[int, int]:
        """``{id: row}`` for those of ``rids`` in the result: cached pages first, then a search of
        the id list (nothing kept afterwards)."""
        wanted = set(rids)
        out: dict[int, int] = {}
        for page_no in self._pages:
            start = page_no * PAGE_SIZE
            for offset, rid in enumerate(self._ids[start:start + PAGE_SIZE]):
                if rid in wanted and rid not in out:
                    out[rid] = start + offset
        missing = wanted - out.keys()
        if missing:
            out.update(self._ids.positions(missing))
        return out

    def cached_row_for_uid(self, uid: str) -> int | None:
        """The row of ``uid`` if its page is cached (no database read); else None."""
        for page_no, page in self._pages.items():
            start = page_no * PAGE_SIZE
            for offset, rid in enumerate(self._ids[start:start + PAGE_SIZE]):
                row = page.get(rid)
                if row is not None and row.uid == uid:
                    return start + offset
        return None

    def row_data(self, row: int) -> RowData | None:
        """The row's data, fetching its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def rows_data(self, rows: list[int]) -> list[RowData]:
        """Rows for many row numbers (e.g. a selection), read in pages without filling the cache."""
        wanted = [self._ids[r] for r in rows if 0 <= r < len(self._ids)]
        out: list[RowData] = []
        for start in range(0, len(wanted), 500):
            out += self._catalogue.rows(wanted[start:start + 500])
        return out

    def _fetch(self, page_no: int) -> dict[int, RowData]:
        ids = self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
        page = {row.id: row for row in self._catalogue.rows(ids)}
        self.page_fetches += 1
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            dropped, _ = self._pages.popitem(last=False)
            self._thumbnails.pop(dropped, None)
        return page

    def thumbnail(self, row: int) -> QPixmap | None:
        """The first page of the row's first PDF, scaled to the row, or None; read from disk once a
        page of rows, only when the (hidden by default) column is drawn."""
        rid = self.id_at(row)
        if rid is None:
            return None
        page_no = row // PAGE_SIZE
        pictures = self._thumbnails.get(page_no)
        if pictures is None:
            from app.documents import thumbnails
            ids = list(self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE])
            pictures = {}
            for page_rid, path in thumbnails.of_records(self._catalogue, ids).items():
                picture = QPixmap(str(path))
                if not picture.isNull():
                    pictures[page_rid] = picture.scaledToHeight(self.thumbnail_height,
                                                                Qt.TransformationMode.SmoothTransformation)
            self._thumbnails[page_no] = pictures
        return pictures.get(rid)

    # ---- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if index.column() == THUMBNAIL_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return self.thumbnail(index.row())
            if role == UID_ROLE:
                row = self.row_data(index.row())
                return row.uid if row is not None else None
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, UID_ROLE):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.key == "year":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == UID_ROLE:
            return row.uid
        text = _display(row, column.key)
        if column.key == "languages" and self.other_languages is not None:
            others = self.other_languages(self.id_at(index.row()))
            if others:
                text = (text + " " if text else "") + self.tr("(also %1)").replace("%1", ", ".join(others))
        if role == Qt.ItemDataRole.ToolTipRole:
            # Long titles and lists are cut by the column; the tooltip shows them whole.
            return text if text and column.key in LONG_TEXT else None
        return text

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", column.title)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.DescendingOrder if column.initial_descending else Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole:
            title = translate("Columns", column.title)
            return (self.tr("Sort by %1") if column.sort else self.tr("%1 (not sortable)")).replace("%1", title)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # ---- dragging rows onto a reading list -------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [UIDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return mime_for_uids([row.uid for row in self.rows_data(rows)])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


# Columns whose values are vocabulary names, shown in the window's language (stored in English).
_VOCABULARY_COLUMNS = {"type": "type", "countries": "country", "languages": "language", "themes": "theme"}


def _display(row: RowData, key: str) -> str:
    if key == "year":
        return str(row.year) if row.year else ""
    if key == "added_at":
        day = QDate.fromString((row.added_at or "")[:10], Qt.DateFormat.ISODate)
        return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else ""
    text = getattr(row, key) or ""
    if key in _VOCABULARY_COLUMNS:
        return vocab_labels.label_joined(_VOCABULARY_COLUMNS[key], text)
    return text
