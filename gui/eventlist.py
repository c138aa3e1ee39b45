"""The event list: a Qt model/view table over ``timeline.events``.

Contract
--------
* :class:`EventTableModel` has one row per event, in ``timeline.events`` order, and computes every cell
  on demand in :meth:`~EventTableModel.data` (no per-row objects are built up front, so 100k events
  cost nothing until they scroll into view). ``SORT_ROLE`` gives a cheap sort key per cell.
* :class:`EventFilterProxy` (a ``QAbstractProxyModel``) sorts with numpy: per-column int keys
  (:func:`sort_keys`, computed once per timeline) and one stable ``argsort`` — no Python comparisons, so
  sorting 100k events takes milliseconds — and filters with a bool numpy mask over events
  (:meth:`~EventFilterProxy.set_mask`), the same mask the canvas uses. ``SORT_ROLE`` stays for callers
  that want a per-cell key. Like the canvas, the list leaves out statements (``kind == "statement"``:
  dated sentences that tell no happening) unless :meth:`~EventFilterProxy.set_show_statements` is on.
* :class:`EventTable` is the view; ``event_at(proxy_row)`` / ``select_event(index)`` convert between
  view rows and event indices, and ``selected_events()`` lists the selected event indices. Given the
  window's shared :class:`~gui.selection.SelectionModel` (``set_selection_model``) it writes its current
  row's event there and follows the model's current event and filter.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from gui.i18n import tr
from gui.selection import SelectionModel
from gui.textcap import cap, cap_join
from timeline.model import GRANULARITIES, Event, Timeline, is_drawn

COLUMNS: tuple[str, ...] = ("Date (as written)", "Normalized", "Precision", "Title", "Actors", "Sources")
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
EVENT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole,
                                     EVENT_ROLE, Qt.ItemDataRole.TextAlignmentRole))   # the roles EventTableModel.cell answers
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


def written_date(e: Event) -> str:
    """The date as the text states it (the first mention), else the normalized value."""
    return e.mentions[0].text if e.mentions else (e.time.value or e.time.start.isoformat())


def normalized_date(e: Event) -> str:
    t = e.time
    v = t.value or (t.start.isoformat() if t.start == t.end else f"{t.start.isoformat()}/{t.end.isoformat()}")
    return f"~{v}" if t.mod == "APPROX" else (f"{v} ({t.mod})" if t.mod else v)


def precision_text(e: Event) -> str:
    s = tr(e.time.granularity)
    return f"{s}, {tr('approximate')}" if e.time.mod else s


class EventTableModel(QAbstractTableModel):
    """Rows computed on demand from ``timeline.events`` (see module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None

    def set_timeline(self, tl: Timeline | None) -> None:
        self.beginResetModel()
        self.timeline = tl
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.timeline is None:
            return 0
        return len(self.timeline.events)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.timeline is None:
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, col: int, role=Qt.ItemDataRole.DisplayRole):
        """What :meth:`data` returns for ``(row, col)`` and ``role``, without a ``QModelIndex`` (the proxy
        calls it directly: the view asks for about ten roles per painted cell). ``row`` must be valid."""
        if role not in _ROLES:   # most roles the delegate asks for: answered before touching the event
            return None
        e = self.timeline.events[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return written_date(e)
            if col == 1:
                return normalized_date(e)
            if col == 2:
                return precision_text(e)
            if col == 3:
                return cap(e.title)
            if col == 4:
                return cap_join(e.actors)
            return str(len(e.source_ids))
        if role == SORT_ROLE:
            if col in (0, 1):
                return e.time.start.toordinal() * 100000 + e.time.end.toordinal() % 100000
            if col == 2:
                return GRANULARITIES.index(e.time.granularity) if e.time.granularity in GRANULARITIES else 99
            if col == 3:
                return e.title
            if col == 4:
                return ", ".join(e.actors)
            return len(e.source_ids)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            from gui.plaintext import literal_html

            return literal_html(cap(e.summary or e.title))  # model text: shown literally, never as markup
        if role == EVENT_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 2), self.index(self.rowCount() - 1, 2))


def sort_keys(tl: Timeline, column: int) -> np.ndarray:
    """One int64 key per event for sorting by ``column`` (text columns: the rank of the text)."""
    ev = tl.events
    if column in (0, 1):
        return np.fromiter((e.time.start.toordinal() * 1_000_000 + e.time.end.toordinal() for e in ev),
                           dtype=np.int64, count=len(ev))
    if column == 2:
        code = {g: i for i, g in enumerate(GRANULARITIES)}
        return np.fromiter((code.get(e.time.granularity, 99) * 2 + (e.time.mod is not None) for e in ev),
                           dtype=np.int64, count=len(ev))
    if column == 5:
        return np.fromiter((len(e.source_ids) for e in ev), dtype=np.int64, count=len(ev))
    texts = [e.title for e in ev] if column == 3 else [", ".join(e.actors) for e in ev]
    if not texts:
        return np.empty(0, dtype=np.int64)
    # dense ranks by sorting the strings themselves: a fixed-width numpy string array would take
    # (number of events x longest text x 4) bytes, 400 GB for one 10-million-character title
    order = sorted(range(len(texts)), key=texts.__getitem__)
    keys = np.empty(len(texts), dtype=np.int64)
    rank = -1
    prev: str | None = None
    for i in order:
        if texts[i] != prev:
            rank += 1
            prev = texts[i]
        keys[i] = rank
    return keys


class EventFilterProxy(QAbstractProxyModel):
    """Sorting and filtering with numpy (see module docstring).

    ``rows[k]`` is the source row shown at view row ``k`` and ``pos[i]`` the view row of source row
    ``i`` (``-1`` when filtered out). A sort is one stable ``argsort`` over per-column keys computed
    once per timeline; a filter is one boolean index. Sorting keeps the selection (a layout change);
    a filter change resets the view."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.mask: np.ndarray | None = None
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.rows = np.empty(0, dtype=np.int64)
        self.pos = np.empty(0, dtype=np.int64)
        self._keys: dict[int, np.ndarray] = {}
        self.show_statements = False
        self._events_only: np.ndarray | None = None  # False at statements; None when there are none

    # -- source wiring
    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt API)
        old = self.sourceModel()
        if old is not None:
            for sig, slot in self._wiring(old):
                sig.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        for sig, slot in self._wiring(model):
            sig.connect(slot)
        self._rebuild(reset_keys=True)
        self.endResetModel()

    def _wiring(self, m):
        return ((m.modelAboutToBeReset, self.beginResetModel), (m.modelReset, self._on_source_reset),
                (m.dataChanged, self._on_source_data), (m.headerDataChanged, self.headerDataChanged),
                (m.layoutChanged, self._on_source_reset))

    def _on_source_reset(self, *args) -> None:
        self._rebuild(reset_keys=True)
        self.endResetModel()

    def _on_source_data(self, top_left, bottom_right, roles=()) -> None:
        if self.rows.size:
            self.dataChanged.emit(self.index(0, top_left.column()),
                                  self.index(self.rows.size - 1, bottom_right.column()))

    def _timeline(self) -> Timeline | None:
        m = self.sourceModel()
        return getattr(m, "timeline", None)

    def _source_count(self) -> int:
        m = self.sourceModel()
        return m.rowCount() if m is not None else 0

    def _order(self) -> np.ndarray:
        n = self._source_count()
        tl = self._timeline()
        if self.sort_column < 0 or tl is None or n == 0:
            return np.arange(n, dtype=np.int64)
        keys = self._keys.get(self.sort_column)
        if keys is None or keys.size != n:
            keys = self._keys[self.sort_column] = sort_keys(tl, self.sort_column)
        if self.sort_order == Qt.SortOrder.DescendingOrder:
            keys = -keys
        return np.argsort(keys, kind="stable").astype(np.int64)

    def _rebuild(self, reset_keys: bool = False) -> None:
        if reset_keys:
            self._keys.clear()
            tl = self._timeline()
            self._events_only = None
            if tl is not None and not all(is_drawn(e) for e in tl.events):
                self._events_only = np.fromiter((is_drawn(e) for e in tl.events), dtype=bool,
                                                count=len(tl.events))
        order = self._order()
        n = self._source_count()
        for m in (self.mask, None if self.show_statements else self._events_only):
            if m is None:
                continue
            ok = np.zeros(n, dtype=bool)
            k = min(n, m.size)
            ok[:k] = m[:k]
            order = order[ok[order]]
        self.rows = order
        self.pos = np.full(self._source_count(), -1, dtype=np.int64)
        self.pos[order] = np.arange(order.size)

    # -- public API
    def set_mask(self, mask: np.ndarray | None) -> None:
        """Show only the events where ``mask`` is true (``None``: all)."""
        self.beginResetModel()
        self.mask = None if mask is None else np.asarray(mask, dtype=bool)
        self._rebuild()
        self.endResetModel()

    def set_show_statements(self, on: bool) -> None:
        """List statements (``kind == "statement"``) too; off by default, as the canvas never draws them."""
        if bool(on) == self.show_statements:
            return
        self.beginResetModel()
        self.show_statements = bool(on)
        self._rebuild()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (``-1``: source order), keeping the selection and current row."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        src = [self.mapToSource(i) for i in old]
        self.sort_column, self.sort_order = column, order
        self._rebuild()
        self.changePersistentIndexList(old, [self.mapFromSource(i) for i in src])
        self.layoutChanged.emit()

    def sortColumn(self) -> int:  # noqa: N802 (Qt API)
        return self.sort_column

    def sortOrder(self):  # noqa: N802 (Qt API)
        return self.sort_order

    # -- QAbstractProxyModel
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else int(self.rows.size)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        m = self.sourceModel()
        return 0 if parent.isValid() or m is None else m.columnCount()

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self.rows.size) or not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        """The source cell straight from ``rows`` (no ``mapToSource``/``QModelIndex`` round trip per role:
        painting one row asks for about ten roles per cell)."""
        m = self.sourceModel()
        cell = getattr(m, "cell", None)
        if cell is None or getattr(m, "timeline", None) is None:
            return super().data(index, role)
        r = index.row()
        if not index.isValid() or not 0 <= r < self.rows.size:
            return None
        return cell(int(self.rows[r]), index.column(), role)

    def flags(self, index: QModelIndex):
        """Selectable and enabled, like the source's cells (without mapping each index to the source)."""
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def parent(self, index=QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.rows.size > 0

    def mapToSource(self, proxy_index: QModelIndex) -> QModelIndex:  # noqa: N802 (Qt API)
        m = self.sourceModel()
        if m is None or not proxy_index.isValid() or not (0 <= proxy_index.row() < self.rows.size):
            return QModelIndex()
        return m.index(int(self.rows[proxy_index.row()]), proxy_index.column())

    def mapFromSource(self, source_index: QModelIndex) -> QModelIndex:  # noqa: N802 (Qt API)
        if not source_index.isValid() or not (0 <= source_index.row() < self.pos.size):
            return QModelIndex()
        r = int(self.pos[source_index.row()])
        return QModelIndex() if r < 0 else self.createIndex(r, source_index.column())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        m = self.sourceModel()
        if m is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return m.headerData(section, orientation, role)
        return section + 1 if role == Qt.ItemDataRole.DisplayRole else None


class EventTable(QTableView):
    """The list view; see module docstring."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.source_model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.source_model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, w in ((0, 120), (1, 110), (2, 70), (4, 110), (5, 60)):
            self.setColumnWidth(col, w)

    def set_selection_model(self, model: SelectionModel) -> None:
        """Write the current row's event to ``model`` and follow its current event and filter."""
        self.selection = model
        model.currentChanged.connect(self._follow_current)
        model.filterChanged.connect(self.proxy.set_mask)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selection.set_current(self.proxy.mapToSource(current).row())

    def current_event(self) -> int:
        """The event of the current row (``-1`` when there is none)."""
        idx = self.selectionModel().currentIndex()
        return self.proxy.mapToSource(idx).row() if idx.isValid() else -1

    def _follow_current(self, index: int) -> None:
        """The shared selection changed. When the current row already holds that event the change came from
        here (a click or key, maybe extending a multiple selection): leave the rows as they are."""
        if index >= 0 and self.current_event() == index:
            return
        if index < 0:   # no current row left behind: selecting its event again must show it selected
            self.selectionModel().clearCurrentIndex()
        self.select_event(index)

    def set_timeline(self, tl: Timeline | None) -> None:
        self.proxy.set_mask(None)
        self.source_model.set_timeline(tl)

    def event_at(self, proxy_row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()

    def row_of(self, event_index: int) -> int:
        """The view row of an event, or -1 when it is filtered out."""
        return self.proxy.mapFromSource(self.source_model.index(event_index, 0)).row()

    def selected_events(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.selectionModel().selectedRows()}
        return sorted(rows)

    def select_event(self, index: int) -> None:
        """Make event ``index`` the current, only selected row and scroll to it (``-1`` clears)."""
        sm = self.selectionModel()
        if index < 0:
            sm.clearSelection()
            return
        r = self.row_of(index)
        if r < 0:
            sm.clearSelection()
            return
        idx = self.proxy.index(r, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        sm.setCurrentIndex(idx, flags)
        self.scrollTo(idx, QAbstractItemView.ScrollHint.EnsureVisible)
