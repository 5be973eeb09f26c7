"""The rules, one module per group; importing this package registers them all.

======  ==========================================  ===================
group   what                                        module
======  ==========================================  ===================
VN0xx   typography of DOCX input                    `typography`, `paragraphs`
VN1xx   mandatory components, header texts          `header`
VN2xx   number and symbol (số, ký hiệu)             `numbering`
VN3xx   place and date line                         `dates`
VN4xx   type name and subject (tên loại, trích yếu) `subject`, `conventions` (VN411)
VN5xx   addressees (Kính gửi)                       `addressees`
VN6xx   distribution list (Nơi nhận)                `distribution`
VN7xx   signature block                             `signature`
VN8xx   urgency/secrecy marks, body conventions     `body`, `conventions` (VN817+)
VN9xx   processing (unreadable input, family)       `processing`
======  ==========================================  ===================
"""

from __future__ import annotations

from vndocparse.validate.rules import (  # noqa: F401  (registration by import)
    addressees,
    body,
    conventions,
    dates,
    distribution,
    header,
    numbering,
    paragraphs,
    processing,
    signature,
    subject,
    typography,
)
