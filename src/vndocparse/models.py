"""The `vndocparse.models` module provides the frozen Pydantic models of a parsed document.

`Document.model_dump(mode="json")` has every key of the contract (the JSON shape other
programs read, described in docs/models.md) in exactly its shape, plus source spans, the body's
paragraphs, the lossless attribution of every input line (`parts`) and diagnostics.

Examples:
    >>> import vndocparse
    >>> doc = vndocparse.parse("BỘ NỘI VỤ\\nSố: 05/BNV-VP\\n")
    >>> doc.issuer.name, doc.number.sequence
    ('BỘ NỘI VỤ', 5)
"""

from __future__ import annotations

import functools
import warnings
from typing import Any, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr

Family = Literal["state", "party"]
Urgency = Literal["khan", "thuong_khan", "hoa_toc", "hoa_toc_hen_gio"]
Secrecy = Literal["mat", "toi_mat", "tuyet_mat"]
AuthorityKind = Literal["TM", "KT", "TL", "TUQ", "Q"]
CopyKind = Literal["sao_y", "sao_luc", "trich_sao", "ban_sao"]
PartKind = Literal[
    "header",
    "title",
    "subject",
    "addressees",
    "preamble",
    "body",
    "closing",
    "signature",
    "distribution",
    "annex",
    "copy",
    "furniture",
    "blank",
    "unrecognised",
]
Severity = Literal["error", "warning", "info"]


class _Model(BaseModel):
    # A dump has every key, defaults included: the serialization schema says so (required).
    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_attribute_docstrings=True,
        json_schema_serialization_defaults_required=True,
    )


class SourceSpan(_Model):
    """Where a part came from: 1-based, inclusive line numbers in the input as given."""

    start_line: int
    """First line of the part (1-based)."""
    end_line: int
    """Last line of the part (1-based, inclusive)."""


_M = TypeVar("_M", bound=BaseModel)
_object_setattr = object.__setattr__


def trusted(cls: type[_M], values: dict[str, Any]) -> _M:
    """An instance of ``cls`` from the parser's own, already-checked values.

    What `BaseModel.model_construct` does for these models (no aliases, no extras, no
    post-init), without its per-field loop: the parser builds thousands of spans and
    parts per document. ``values`` gives every field, in declaration order (a test
    checks each model built this way against ``model_construct``).
    """
    m = cls.__new__(cls)
    _object_setattr(m, "__dict__", values)
    _object_setattr(m, "__pydantic_fields_set__", set(values))
    _object_setattr(m, "__pydantic_extra__", None)
    _object_setattr(m, "__pydantic_private__", None)
    return m


@functools.lru_cache(maxsize=8192, typed=True)
def span(start_line: int, end_line: int) -> SourceSpan:
    """A `SourceSpan` built without validation: the parser's own, already-checked lines.

    Spans are frozen values, so one instance serves every part with the same lines (a
    bounded cache: a parse asks for the same one-line spans over and over; ``typed``
    keeps ``span(1, 2)`` apart from ``span(1.0, 2.0)``).
    """
    return trusted(SourceSpan, {"start_line": start_line, "end_line": end_line})


class Issuer(_Model):
    """The issuing body (cơ quan, tổ chức ban hành văn bản) and its parent body."""

    name: str
    """The issuing body as written, wrapped lines joined: ``"BAN TUYÊN GIÁO"`` (tên cơ quan ban hành)."""
    parent: str | None = None
    """The superior body written above it: ``"TỈNH ỦY LẠNG SƠN"`` (cơ quan chủ quản)."""
    span: SourceSpan | None = None
    """Lines of the issuer block."""


class DocumentNumber(_Model):
    """The number and symbol of the document (số, ký hiệu)."""

    value: str
    """Number and symbol without "Số", colon and spaces: ``"15/QĐ-UBND"``, ``"04-CV/BTGTU"``."""
    sequence: int | None = None
    """The running number (số): ``15``; null when blank (a draft) or unreadable."""
    symbol: str | None = None
    """The symbol (ký hiệu) after the first "/" (state) or "-" (Party): ``"QĐ-UBND"``."""
    raw: str = ""
    """The segment as found, markup removed: ``"Số: 15 /QĐ-UBND"``."""
    span: SourceSpan | None = None
    """Line of the number."""


class Authority(_Model):
    """One signing-authority prefix line (quyền hạn ký): ``TM. ỦY BAN NHÂN DÂN``."""

    kind: AuthorityKind
    """TM (thay mặt), KT (ký thay), TL (thừa lệnh), TUQ (thừa ủy quyền), Q (quyền); Party T/M, K/T, T/L map here."""
    on_behalf_of: str
    """The collective or office named after the prefix: ``"ỦY BAN NHÂN DÂN"``, ``"CHỦ TỊCH"``."""


class Signatory(_Model):
    """The signature block (ô 7): authority prefixes, the signer's title and name."""

    authority: tuple[Authority, ...] = ()
    """The prefixes, outermost first; empty when the signer signs in their own right."""
    position: str | None = None
    """The signer's own title (chức vụ): ``"PHÓ CHỦ TỊCH"``."""
    name: str | None = None
    """The signer's full name (họ tên): ``"Nguyễn Văn A"``; never "(Đã ký)" or a stamp."""
    span: SourceSpan | None = None
    """Lines of the signature block."""


class Directive(_Model):
    """A numbered item of the body (Điều, khoản, mục...), with its nested items."""

    label: str
    """The numbering as written without its trailing "." or ")": ``"1"``, ``"II"``, ``"a"``, ``"Điều 1"``."""
    text: str
    """The item's text, its lines joined with single spaces, markup removed."""
    children: tuple[Directive, ...] = ()
    """Items numbered one level below."""
    span: SourceSpan | None = None
    """Lines of the item, children included."""


class Reference(_Model):
    """Another document cited by number in the text (văn bản được viện dẫn)."""

    number: str
    """Its number as written, spaces removed: ``"1545-KL/TU"``, ``"30/2020/NĐ-CP"``."""
    date: str | None = None
    """``YYYY-MM-DD`` when a date is written right next to the number."""
    span: SourceSpan | None = None
    """Line where the citation starts."""


class Copy(_Model):
    """The copy block (bản sao) that certifies the text above it as a copy.

    Decree 30/2020/NĐ-CP Art. 25–28 and Appendix I part III (sao y, sao lục, trích sao,
    numbered ``n/SY-…``); Guideline 05-HD/VPTW part III (one "Bản sao văn bản" stamp). Its
    header and signature are the copier's, not the document's own.
    """

    kind: CopyKind
    """``"sao_y"`` (sao y), ``"sao_luc"`` (sao lục), ``"trich_sao"`` (trích sao) or ``"ban_sao"`` (the Party's "Bản sao văn bản")."""
    issuer: Issuer | None = None
    """The copying body and its parent, when the block names them."""
    number: DocumentNumber | None = None
    """The copy's own number (``"05/SY-VP"``), when it has one."""
    place: str | None = None
    """Place name of the copy's date line."""
    date: str | None = None
    """Date of the copy as ``YYYY-MM-DD``."""
    signatory: Signatory | None = None
    """Who certified the copy: authority, title and name."""
    span: SourceSpan | None = None
    """Lines of the copy block."""


class Appendix(_Model):
    """An annex (phụ lục) that follows the signature: not part of the body."""

    label: str
    """The annex's label as written, markup removed: ``"Phụ lục I"``, ``"PHỤ LỤC"``."""
    title: str | None = None
    """Its title, the line(s) under the label: ``"DANH MỤC HỒ SƠ"``."""
    reference: str | None = None
    """The line that ties it to the document, as written: ``"(Kèm theo Quyết định số 15/QĐ-UBND ngày 05/3/2024 của ...)"``."""
    span: SourceSpan | None = None
    """Lines of the annex, from its label to the line before the next annex or the end."""


class Paragraph(_Model):
    """One paragraph of the body (nội dung), unnumbered or numbered."""

    text: str
    """Its lines joined with single spaces, markup removed."""
    span: SourceSpan
    """Lines of the paragraph."""


class Segment(NamedTuple):
    """A piece of one input line: ``(line, start, end)``, the whole line or one column.

    ``line`` is 1-based; ``start`` and ``end`` are 0-based columns in the line as given
    (``end`` just past the piece). A named tuple rather than a model: a document has one
    per line, and they are the hot path of attribution. JSON: ``[line, start, end]``.
    """

    line: int
    start: int
    end: int

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema: dict[str, Any] = handler(core_schema)
        schema = handler.resolve_ref_schema(schema)
        schema["description"] = "A piece of one input line: [line (1-based), start, end (0-based columns in the line as given)]."
        return schema


class Part(_Model):
    """A run of input that belongs to one part of the document.

    Every line of the input is covered by the segments of the parts, each piece exactly
    once: this is how the parser proves that nothing was dropped.
    """

    kind: PartKind
    """Which part: header, title, subject, addressees, preamble, body, closing, signature, distribution, annex, furniture (page numbers, stamps, site headers), blank or unrecognised."""
    role: str | None = None
    """What the part is inside its kind, e.g. ``"number"``, ``"date_line"``, ``"issuer"``, ``"page_number"``."""
    span: SourceSpan
    """First and last line of the part."""
    segments: tuple[Segment, ...]
    """The pieces of lines that make the part."""


class ParseDiagnostic(_Model):
    """Something the parser could not recognise or had to guess."""

    code: str
    """Stable code: ``P001`` missing issuer, ``P002`` missing number, ... (see docs/models.md)."""
    message: str
    """What was expected, in English."""
    severity: Severity = "warning"
    """How much it matters for the fields."""
    span: SourceSpan | None = None
    """Where, if it concerns particular lines."""


# The contract's key is "copy", which shadows pydantic's deprecated ``BaseModel.copy()``
# (superseded by ``model_copy()``); pydantic warns when a field shadows it, so the class is
# built with that one warning silenced.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message='Field name "copy" in "Document" shadows', category=UserWarning)

    class Document(_Model):
        """A parsed Vietnamese official document (văn bản hành chính / văn bản của Đảng)."""

        family: Family | None = None
        """Layout family: ``"state"`` (Decree 30/2020/NĐ-CP) or ``"party"`` (Guideline 36-HD/VPTW)."""
        doc_type: str | None = None
        """Type code (tên loại): ``"quyet_dinh"``, ``"cong_van"``...; see docs/models.md."""
        issuer: Issuer | None = None
        """The issuing body and its parent (cơ quan ban hành, cơ quan chủ quản)."""
        number: DocumentNumber | None = None
        """Number and symbol (số, ký hiệu)."""
        place: str | None = None
        """Place name of the date line (địa danh): ``"Hà Nội"``."""
        date: str | None = None
        """Issue date (ngày ban hành) as ``YYYY-MM-DD``."""
        subject: str | None = None
        """The summary line(s) (trích yếu), or the "V/v ..." of a công văn."""
        recipients: tuple[str, ...] = ()
        """Addressees after "Kính gửi:" (nơi gửi đến), bullets and trailing punctuation removed."""
        directives: tuple[Directive, ...] = ()
        """Outermost numbered items of the body, in order."""
        signatory: Signatory | None = None
        """The signature block (chữ ký, chức vụ, họ tên)."""
        distribution: tuple[str, ...] = ()
        """Entries of "Nơi nhận:", bullets and trailing punctuation removed."""
        urgency: Urgency | None = None
        """Urgency mark (mức độ khẩn): KHẨN, THƯỢNG KHẨN, HỎA TỐC, HỎA TỐC HẸN GIỜ."""
        secrecy: Secrecy | None = None
        """Secrecy mark (độ mật): MẬT, TỐI MẬT, TUYỆT MẬT."""
        references: tuple[Reference, ...] = ()
        """Other documents the text cites by number (in the subject, căn cứ lines and body)."""
        copy: Copy | None = None  # type: ignore[assignment]
        """The copy block (bản sao) when the text is a certified copy; null otherwise."""
        appendices: tuple[Appendix, ...] = ()
        """The annexes (phụ lục) after the signature, in order."""
        title: str | None = None
        """The type name as written (tên loại): ``"QUYẾT ĐỊNH"``; null for a công văn."""
        paragraphs: tuple[Paragraph, ...] = ()
        """The body's paragraphs in order (nội dung), numbered or not."""
        spans: dict[str, SourceSpan] = {}
        """Source spans of the plain fields: ``place``, ``date``, ``subject``, ``title``, ``recipients``, ``distribution``, ``family``, ``urgency``, ``secrecy``."""
        parts: tuple[Part, ...] = ()
        """Every line of the input attributed to one part, in input order (lossless)."""
        diagnostics: tuple[ParseDiagnostic, ...] = ()
        """What could not be recognised."""
        source: str | None = None
        """The file the document was read from, if any."""
        line_count: int = 0
        """Number of lines in the input as given."""

        _source_lines: tuple[str, ...] = PrivateAttr(default=())
        # Where each line came from and the formatting of DOCX input (readers.source.SourceInfo);
        # None for a document parsed from a str. Not in the JSON.
        _source_format: Any = PrivateAttr(default=None)

        def __eq__(self, other: object) -> bool:
            """Equal when every field is equal.

            The input's lines and origin kept with a parsed document (private, not in the
            JSON) take no part, so ``Document.model_validate_json(d.model_dump_json()) == d``.
            """
            if not isinstance(other, BaseModel):
                return NotImplemented
            return type(self) is type(other) and self.__dict__ == other.__dict__

        @property
        def source_lines(self) -> tuple[str, ...]:
            """The input's lines as given (not serialised): what validators and reports quote."""
            return self._source_lines

        def text_of(self, span: SourceSpan) -> str:
            """The input lines of ``span`` joined with newlines ("" when the lines are not kept)."""
            return "\n".join(self._source_lines[span.start_line - 1 : span.end_line])
