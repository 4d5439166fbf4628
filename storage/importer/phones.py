"""A fast path for the common shape of phone cells: the same answer as phonenumbers, a tenth of the time.

``phonenumbers.parse`` plus ``is_valid_number`` cost about 25 µs a number, most of it generic work
(extension and RFC 3966 handling, per-character normalization, a regex-cache look-up per pattern).
For a cell made only of ASCII digits with spaces, dots or dashes, optionally after one "+", this
module walks the same steps as ``parse`` with the library's own region data and helpers, and checks
validity with the region's patterns compiled once. Anything else, and anything this path is unsure
of (a leading zero, an international dialling prefix, a calling code shared by several regions, an
invalid number), returns None so the caller asks phonenumbers itself: the fast path only ever says
"valid, and this is its E.164 form", and tests/data/test_phone_fast_path.py checks it against the
library on thousands of generated numbers from every region.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import phonenumbers
from phonenumbers import phonenumberutil as pnu
from phonenumbers.phonemetadata import PhoneMetadata

_SHAPE = re.compile(r"\+?[0-9][0-9 .\-]*[0-9]")
_SEPARATORS = str.maketrans("", "", " .-")
_NOT_STRIPPED = (
    pnu.ValidationResult.TOO_SHORT,
    pnu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    pnu.ValidationResult.INVALID_LENGTH,
)


def fast_e164(text: str, region: str | None) -> str | None:
    """E.164 form of ``text`` when it is certainly a valid number, else None (ask phonenumbers)."""
    if not _SHAPE.fullmatch(text):
        return None
    digits = text.translate(_SEPARATORS)
    if digits[0] == "+":
        country_code, national = _split_country_code(digits[1:])
        if country_code == 0:
            return None
        metadata = _metadata_for_code(country_code)
    else:
        if region is None or region not in phonenumbers.SUPPORTED_REGIONS:
            return None
        metadata = PhoneMetadata.metadata_for_region(region, None)
        if (
            metadata is None
            or _idd(metadata.international_prefix).match(digits)
            or digits.startswith(str(metadata.country_code))
        ):
            return None  # an international prefix or the country code written without "+": the library decides
        country_code, national = metadata.country_code, digits
    if metadata is None or len(national) < 2:
        return None
    # The national prefix (a trunk "0", a carrier code) is dropped only when what is left has a possible length.
    _carrier, stripped, _found = pnu._maybe_strip_national_prefix_carrier_code(national, metadata)
    if pnu._test_number_length(stripped, metadata) not in _NOT_STRIPPED:
        national = stripped
    if not 2 <= len(national) <= 17 or national[0] == "0":
        return None
    valid = _validator(country_code)
    if valid is None or not valid(national):
        return None
    return f"+{country_code}{national}"


def _split_country_code(number: str) -> tuple[int, str]:
    """The calling code at the start of ``number`` (after "+") the way the library reads it: shortest first."""
    if len(number) <= 2 or number[0] == "0":
        return 0, number
    for size in (1, 2, 3):
        code = int(number[:size])
        if code in pnu.COUNTRY_CODE_TO_REGION_CODE:
            return code, number[size:]
    return 0, number


@cache
def _metadata_for_code(country_code: int) -> PhoneMetadata | None:
    region = pnu.region_code_for_country_code(country_code)
    return PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)


@cache
def _idd(prefix: str | None) -> re.Pattern[str]:
    return re.compile(prefix or "NonMatch")


@cache
def _validator(country_code: int) -> Callable[[str], object] | None:
    """is_valid_number for a calling code used by one region only (None for shared codes such as +1)."""
    regions = pnu.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ())
    if len(regions) != 1:
        return None
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, regions[0])
    if metadata is None:
        return None
    general = _desc(metadata.general_desc)
    if general is None:
        return lambda national: None
    # _number_type_helper(...) != UNKNOWN: the general pattern and any specific type; mobile is only
    # looked at when its pattern differs from the fixed-line one. One regex instead of ten calls.
    kinds = [
        metadata.premium_rate,
        metadata.toll_free,
        metadata.shared_cost,
        metadata.voip,
        metadata.personal_number,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
        metadata.fixed_line,
    ]
    if not metadata.same_mobile_and_fixed_line_pattern:
        kinds.append(metadata.mobile)
    alternatives = [alt for alt in map(_desc, kinds) if alt is not None]
    if not alternatives:
        return lambda national: None
    end = r"\Z"
    either = "|".join(alt + end for alt in alternatives)
    return re.compile(f"(?={general}{end})(?:{either})").match


def _desc(desc: object) -> str | None:
    """_is_number_matching_desc for one description as a regex: a possible length, then the whole pattern."""
    pattern = getattr(desc, "national_number_pattern", None) if desc is not None else None
    if not pattern:
        return None
    lengths = getattr(desc, "possible_length", ()) or ()
    if not lengths:
        return f"(?:{pattern})"
    # A length of -1 means "no numbers of this type": nothing matches it.
    sizes = "|".join(f"[0-9]{{{n}}}" for n in sorted(lengths) if n >= 0) or "(?!)"
    return f"(?=(?:{sizes})" + r"\Z)" + f"(?:{pattern})"
