"""Personal data (UU PDP, Law 27/2022): the notice people agree to, their copy, erasure."""

from __future__ import annotations

# Bump when the notice at /privacy changes in substance; consent is stored with the version.
PRIVACY_NOTICE_VERSION = "2026-12-01"
