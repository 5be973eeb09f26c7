"""The models of two fields read from their tokens, the same way wherever they stand: the
number (số, ký hiệu) and the signatory (người ký), for the document itself
(`vndocparse.transform`) and for its copy block (`vndocparse.trailer`)."""

from __future__ import annotations

from vndocparse.classify import Token
from vndocparse.fields import parse_number
from vndocparse.models import Authority, DocumentNumber, Signatory, SourceSpan, span
from vndocparse.signature import read_signature, strip_rank
from vndocparse.text import squash


def number_of(tok: Token) -> DocumentNumber | None:
    """The number (số, ký hiệu) a number line reads as, or None where it holds none."""
    parsed = parse_number(tok.text)
    if parsed is None:
        return None
    value, sequence, symbol = parsed
    return DocumentNumber(value=value, sequence=sequence, symbol=symbol, raw=squash(tok.text), span=span(tok.line, tok.end_line))


def signatory_of(authority: list[str], positions: list[str], name: str | None, where: SourceSpan | None) -> Signatory:
    """The signatory (người ký) read from a signature block's authority lines (TM., KT.,
    ...), its lines of position and the signer's name as written (a rank before it is
    dropped): the document's, and a copy block's (`vndocparse.trailer`)."""
    chain, position, signer = read_signature(authority, positions, squash(strip_rank(name)) if name else None)
    return Signatory(
        authority=tuple(Authority(kind=k, on_behalf_of=o) for k, o in chain),
        position=position,
        name=signer,
        span=where,
    )


__all__ = ["number_of", "signatory_of"]
