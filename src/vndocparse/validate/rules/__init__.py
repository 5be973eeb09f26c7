"""The rules, one module per group; importing this package registers them all.

======  ==========================================  ===================
group   what                                        module
======  ==========================================  ===================
VN0xx   typography of DOCX input                    `typography`, `paragraphs`,
                                                    `appearance` (VN009, VN010)
VN1xx   mandatory components, header texts          `header`
VN2xx   number and symbol (số, ký hiệu)             `numbering`
VN3xx   place and date line                         `dates`
VN4xx   type name and subject (tên loại, trích yếu) `subject`, `conventions` (VN411)
VN5xx   addressees (Kính gửi)                       `addressees`
VN6xx   distribution list (Nơi nhận)                `distribution`
VN7xx   signature block                             `signature`
VN8xx   urgency/secrecy marks, body conventions     `body`, `can_cu` (VN808, VN809),
                                                    `conventions` (VN817+)
VN9xx   processing (unreadable input, family)       `processing`
VN123–  the copy block (bản sao)                    `copies`
VN126
VN127–  annexes (phụ lục)                           `annexes`,
VN132                                               `annex_pages` (VN132)
VN507,  rules new in Guideline 05: Kính trình,   `hd05`
VN812,  căn cứ dash, urgency mark position
VN813
VN119,  the 2025 reform: district level, merged     `reform`
VN213,  ministries, Party symbols dropped by HD 05
VN214,
VN311
======  ==========================================  ===================
"""

from __future__ import annotations

from vndocparse.validate.rules import (  # noqa: F401  (registration by import)
    addressees,
    annex_pages,
    annexes,
    appearance,
    body,
    can_cu,
    conventions,
    copies,
    dates,
    distribution,
    hd05,
    header,
    numbering,
    paragraphs,
    processing,
    reform,
    signature,
    subject,
    typography,
)
