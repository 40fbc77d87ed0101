"""File formats for import and export, one module each; this module picks and runs one.

``open_source`` reads a file once and guesses its encoding, format and CSV delimiter (each can
be overridden); ``parse`` turns it into records. Nothing here touches the catalogue's records:
app/transfer.py decides what to do with them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.text import QT_TRANSLATE_NOOP, message
from app.text import Source as TextSource
from app.transfer.formats import detect, limits
from app.transfer.formats.builder import ParsedFile
from app.transfer.formats.errors import FormatError
from app.transfer.formats.vocabulary import ImportContext


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    extensions: tuple[str, ...]
    exports: bool = True
    text: bool = True          # a text format: has an encoding


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("csv", "CSV (comma-separated values)", (".csv",)),
    Format("tsv", "TSV (tab-separated values)", (".tsv", ".tab", ".txt"), exports=False),
    Format("xlsx", "Excel workbook", (".xlsx",), text=False),
    Format("ris", "RIS (EndNote, Zotero, Mendeley, Scopus...)", (".ris", ".txt")),
    Format("wos", "Web of Science tagged text", (".txt",), exports=False),
    Format("bibtex", "BibTeX / BibLaTeX", (".bib",)),
    Format("csljson", "CSL-JSON (Zotero, pandoc; also CSL-YAML)", (".json", ".yml", ".yaml")),
    Format("json", "Resource Catalogue JSON (everything)", (".json",)),
    Format("package", "Catalogue package (.zip with attachments)", (".zip",), text=False),
)}
IMPORT_FORMATS = tuple(FORMATS)
EXPORT_FORMATS = tuple(name for name, f in FORMATS.items() if f.exports)


@dataclass
class Source:
    """A file read into memory, with the guesses made about it."""
    path: Path
    raw: bytes
    format: str | None
    encoding: str | None = None
    delimiter: str | None = None
    text: str | None = None
    sheets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)     # what the guesses could not settle, for the preview

    @property
    def name(self) -> str:
        return self.path.name


def format_label(name: str) -> TextSource:
    """A format's label, marked to be said in the window's language (ui/i18n/app_labels.py lists them)."""
    return TextSource("Formats", FORMATS[name].label)


def open_source(path, format: str | None = None, encoding: str | None = None,
                delimiter: str | None = None) -> Source:
    """Read ``path`` and fill in whatever was not given: encoding, format, delimiter."""
    path = Path(path)
    raw = limits.read_file(path)
    if delimiter is not None and len(delimiter) != 1:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "the CSV delimiter must be one character, such as "
                                                                   ", ; | or \\t (got {delimiter})"), delimiter=repr(delimiter)))
    if format is not None and format not in FORMATS:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "unknown format {format}; choose one of {formats}"),
                                 format=repr(format), formats=", ".join(FORMATS)))
    binary = raw.startswith(b"PK\x03\x04")
    source = Source(path, raw, format)
    if not binary and (format is None or FORMATS[format].text):
        source.encoding = encoding or detect.detect_encoding(raw)
        source.text = detect.decode(raw, source.encoding, path.name)
    if source.format is None:
        source.format, note = detect.detect_format_noted(
            path, raw[:4096], source.text[:8192] if source.text is not None else None)
        if note:
            source.notes.append(note)
        if source.format is None:
            raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: cannot tell what kind of file this is; "
                                                                       "choose the format"), source=path.name))
    if source.format in ("csv", "tsv") and source.text is not None:
        source.delimiter = delimiter or ("\t" if source.format == "tsv" else detect.detect_delimiter(source.text))
    if FORMATS[source.format].text and source.text is None:
        raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: is a binary file, not {format}"),
                                 source=path.name, format=format_label(source.format)))
    return source


def parse(source: Source, ctx: ImportContext, mapping: dict[str, str] | None = None,
          sheet: str | None = None) -> ParsedFile:
    """All records of ``source`` (packages are read by app.transfer.packages, not here)."""
    from app.transfer.formats import bibtex, csl_json, csv_tsv, native_json, ris, xlsx
    fmt, name = source.format, source.name
    if fmt in ("csv", "tsv"):
        return csv_tsv.read(source.text, ctx, source.delimiter or ",", mapping, name)
    if fmt == "xlsx":
        return xlsx.read(source.path, ctx, mapping, sheet)
    if fmt in ("ris", "wos"):
        return ris.read(source.text, ctx, name, wos=fmt == "wos")
    if fmt == "bibtex":
        return bibtex.read(source.text, ctx, name)
    if fmt == "csljson":
        yaml_text = not source.text.lstrip().startswith(("[", "{"))
        return csl_json.read(source.text, ctx, name, yaml_text=yaml_text)
    if fmt == "json":
        return native_json.read(source.text, ctx, name)
    raise FormatError(message(QT_TRANSLATE_NOOP("FormatError", "{source}: {format} files are imported with the package import"),
                             source=name, format=format_label(fmt)))
