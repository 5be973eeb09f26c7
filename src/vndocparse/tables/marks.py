"""Urgency and secrecy marks (ND30 PL I §III; the secrets law), in folded form."""

from __future__ import annotations

#: Folded mark → contract value. Longest first: "hoa toc hen gio" before "hoa toc".
URGENCY: dict[str, str] = {
    "hoa toc hen gio": "hoa_toc_hen_gio",
    "thuong khan": "thuong_khan",
    "hoa toc": "hoa_toc",
    "khan": "khan",
}

SECRECY: dict[str, str] = {
    "tuyet mat": "tuyet_mat",
    "toi mat": "toi_mat",
    "mat": "mat",
}
