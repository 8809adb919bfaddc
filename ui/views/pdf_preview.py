"""A PDF shown page by page, and printed, from the same file (design: one path for screen,
print and file).

Pages are rendered to images by the first renderer found: Qt's own QtPdf (PySide6-Addons),
PDFium (the ``pypdfium2`` package) or Poppler's ``pdftoppm`` on the PATH. All three work
on Windows. Without any, the preview says so and offers the system's PDF viewer.
Rendering happens on a worker (``render_pages`` / ``print_pdf`` are thread-safe: each
opens its own document), so the window never waits for it.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

PREVIEW_DPI = 144  # sharp at fit-width on a 1366–1920 px screen; scaled down smoothly
MAX_PRINT_DPI = 300  # a table of text needs no more; 600 dpi A4 pages take 140 MB each
_NO_CONSOLE = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flash on Windows


class PageSource(Protocol):
    name: str

    def page_count(self) -> int: ...

    def render(self, index: int, dpi: float) -> QImage: ...


class _QtPdfPages:
    name = "QtPdf"

    def __init__(self, path: Path) -> None:
        qtpdf: Any = importlib.import_module("PySide6.QtPdf")
        self._doc = qtpdf.QPdfDocument()
        if self._doc.load(str(path)) != qtpdf.QPdfDocument.Error.None_:
            raise OSError(f"QtPdf cannot read {path}")

    def page_count(self) -> int:
        return int(self._doc.pageCount())

    def render(self, index: int, dpi: float) -> QImage:
        points = self._doc.pagePointSize(index)
        size = (points * dpi / 72).toSize()
        page: QImage = self._doc.render(index, size)
        paper = QImage(page.size(), QImage.Format.Format_RGB32)  # QtPdf leaves it transparent
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, page)
        painter.end()
        return paper


class _PdfiumPages:
    name = "PDFium"

    def __init__(self, path: Path) -> None:
        pdfium: Any = importlib.import_module("pypdfium2")
        self._doc = pdfium.PdfDocument(str(path))

    def page_count(self) -> int:
        return len(self._doc)

    def render(self, index: int, dpi: float) -> QImage:
        bitmap = self._doc[index].render(scale=dpi / 72, rev_byteorder=True)
        w, h, stride = bitmap.width, bitmap.height, bitmap.stride
        fmt = (
            QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
        )
        return QImage(bytes(bitmap.buffer), w, h, stride, fmt).copy()  # copy: own the pixels


class _PopplerPages:
    name = "Poppler"

    def __init__(self, path: Path) -> None:
        self._path = path
        self._tool = shutil.which("pdftoppm")
        info = shutil.which("pdfinfo")
        if self._tool is None or info is None:
            raise OSError("pdftoppm/pdfinfo not found")
        out = self._run([info, str(path)]).decode("utf-8", "replace")
        pages = [line.split(":", 1)[1] for line in out.splitlines() if line.startswith("Pages:")]
        self._count = int(pages[0]) if pages else 0

    @staticmethod
    def _run(args: list[str]) -> bytes:
        done = subprocess.run(args, capture_output=True, check=True, creationflags=_NO_CONSOLE)
        return done.stdout

    def page_count(self) -> int:
        return self._count

    def render(self, index: int, dpi: float) -> QImage:
        assert self._tool is not None
        with tempfile.TemporaryDirectory(prefix="xinxiang-page-") as folder:
            n = str(index + 1)
            root = Path(folder) / "page"
            pages = ["-f", n, "-l", n, "-r", str(round(dpi))]
            self._run([self._tool, "-png", "-singlefile", *pages, str(self._path), str(root)])
            return QImage(str(root.with_suffix(".png")))


RENDERERS: tuple[Callable[[Path], PageSource], ...] = (_QtPdfPages, _PdfiumPages, _PopplerPages)


def open_pages(path: Path) -> PageSource | None:
    """The PDF through the first renderer this PC has; None when it has none."""
    for renderer in RENDERERS:
        try:
            return renderer(path)
        except (ImportError, OSError, subprocess.CalledProcessError, ValueError):
            continue
    return None


@dataclass(frozen=True)
class RenderedPdf:
    path: Path
    pages: tuple[QImage, ...]  # empty when no renderer is available
    renderer: str | None


def render_pages(path: Path, dpi: float = PREVIEW_DPI) -> RenderedPdf:
    """Every page of ``path`` as an image (for a worker thread)."""
    source = open_pages(path)
    if source is None:
        return RenderedPdf(path, (), None)
    pages = tuple(source.render(i, dpi) for i in range(source.page_count()))
    return RenderedPdf(path, pages, source.name)


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print every page at the printer's resolution (QPainter on a QPrinter works on a worker
    thread); returns the number of pages printed."""
    source = open_pages(path)
    if source is None:
        raise OSError("no PDF renderer")
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        count = source.page_count()
        for i in range(count):
            if i:
                printer.newPage()
            image = source.render(i, dpi)
            area = QRectF(painter.viewport())
            size = image.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size), image)
    finally:
        painter.end()
    return count


class PdfPreview(QWidget):
    """Page x of n, 上一页/下一页, the page at the width of the window."""

    page_changed = Signal(int, int)  # page index, page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: tuple[QImage, ...] = ()
        self._index = 0
        self._path: Path | None = None
        self._stack = QStackedWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pdfPage")
        self.scroll.setWidget(self.page_label)
        self.message = QLabel(self.tr("尚未生成报表。"), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("用系统的 PDF 阅读器打开"), self)
        self.open_button.clicked.connect(self.open_externally)
        self.open_button.setVisible(False)
        empty = QWidget(self)
        box = QVBoxLayout(empty)
        box.addStretch(1)
        box.addWidget(self.message)
        box.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self._stack.addWidget(empty)
        self._stack.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_navigation())
        layout.addWidget(self._stack, 1)
        self._update_navigation()

    def _build_navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("上一页"), self)
        self.next_button = QPushButton(self.tr("下一页"), self)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("pdfPosition")
        self.previous_button.clicked.connect(lambda: self.show_page(self._index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._index + 1))
        row.addStretch(1)
        row.addWidget(self.previous_button)
        row.addWidget(self.position_label)
        row.addWidget(self.next_button)
        row.addStretch(1)
        return row

    @property
    def page_count(self) -> int:
        return len(self._pages)

    @property
    def current_page(self) -> int:
        return self._index

    def show_rendered(self, rendered: RenderedPdf) -> None:
        self._path, self._pages = rendered.path, rendered.pages
        if not self._pages:
            self.show_message(
                self.tr(
                    "本机没有可在程序内显示 PDF 的组件（QtPdf、PDFium 或 Poppler）。"
                    "报表已生成，可用系统的 PDF 阅读器打开、打印或另存。"
                ),
                can_open=True,
            )
            return
        self._stack.setCurrentIndex(1)
        self.show_page(0)

    def show_message(self, text: str, *, can_open: bool = False) -> None:
        self._pages, self._index = (), 0
        self.message.setText(text)
        self.open_button.setVisible(can_open and self._path is not None)
        self._stack.setCurrentIndex(0)
        self._update_navigation()

    def show_page(self, index: int) -> None:
        if not self._pages:
            return
        self._index = max(0, min(index, len(self._pages) - 1))
        self._fit_width()
        self.scroll.verticalScrollBar().setValue(0)
        self._update_navigation()
        self.page_changed.emit(self._index, len(self._pages))

    def _fit_width(self) -> None:
        if not self._pages:
            return
        image = self._pages[self._index]
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = max(200, self.scroll.viewport().width() - bar - 2)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(
            image.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation)
        )
        pixmap.setDevicePixelRatio(ratio)
        self.page_label.setPixmap(pixmap)
        self.page_label.resize(pixmap.deviceIndependentSize().toSize())

    def _update_navigation(self) -> None:
        n = len(self._pages)
        self.position_label.setText(
            self.tr("第 {page} 页 共 {count} 页").format(page=self._index + 1, count=n) if n else ""
        )
        self.previous_button.setEnabled(n > 0 and self._index > 0)
        self.next_button.setEnabled(n > 0 and self._index < n - 1)

    def open_externally(self) -> None:
        if self._path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()


def has_renderer() -> bool:
    """Whether any renderer could be loaded at all (tests, the print button's tooltip)."""
    if shutil.which("pdftoppm") and shutil.which("pdfinfo"):
        return True
    for module in ("PySide6.QtPdf", "pypdfium2"):
        try:
            importlib.import_module(module)
        except ImportError:
            continue
        return True
    return False
