"""The import's phone fast path gives exactly phonenumbers' answer (value or rejection) on every region."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from storage.importer.phones import fast_e164
from storage.importer.values import BadValue, parse_phone


def _library(raw: str, region: str | None) -> str:
    """parse_phone with phonenumbers alone (no fast path): valid numbers, and possible ones written with +country."""
    text = raw.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        raise BadValue(f'"{raw.strip()}" is not a phone number') from None
    if not (phonenumbers.is_valid_number(number) or (text.startswith("+") and phonenumbers.is_possible_number(number))):
        raise BadValue(f'"{raw.strip()}" is not a valid phone number')
    lead = "0" * (number.number_of_leading_zeros or 1) if number.italian_leading_zero else ""
    return f"+{number.country_code}{lead}{number.national_number}"


def _answer(fn: object, raw: str, region: str | None) -> str:
    try:
        return fn(raw, region=region) if fn is parse_phone else fn(raw, region)  # type: ignore[operator]
    except BadValue as exc:
        return f"error: {exc}"


def _spaced(rnd: random.Random, digits: str) -> str:
    out = []
    for ch in digits:
        out.append(ch)
        if rnd.random() < 0.3:
            out.append(rnd.choice([" ", "-", ".", " "]))
    return "".join(out).strip(" -.")


def _samples() -> list[tuple[str, str | None]]:
    rnd = random.Random(20260312)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    cases: list[tuple[str, str | None]] = []
    types = [t for t in vars(phonenumbers.PhoneNumberType).values() if isinstance(t, int)]
    for region in regions:
        code = phonenumbers.country_code_for_region(region)
        for kind in types:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            nsn = phonenumbers.national_significant_number(example)
            dialled = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            cases.append((dialled, region))
            for national in {nsn, nsn[:-1] + rnd.choice("0123456789"), nsn + rnd.choice("0123456789")}:
                for text in (f"+{code} {_spaced(rnd, national)}", f"00{code}{national}", _spaced(rnd, national),
                             f"{code}{national}", "0" + national):  # fmt: skip
                    cases.append((text, rnd.choice([region, region, rnd.choice(regions), None])))
    for _ in range(5_000):
        digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(2, 18)))
        text = rnd.choice(["+", "", "00", "0"]) + _spaced(rnd, digits)
        cases.append((text, rnd.choice([*regions[:40], "PT", "US", "GB", "IT", "BR", "HU", "FR", "DE", None])))
    return cases


def test_fast_path_matches_phonenumbers() -> None:
    cases = _samples()
    fast_hits = sum(1 for text, region in cases if fast_e164(text, region) is not None)
    assert fast_hits > len(cases) // 10, "the fast path is taken often"
    wrong = [(t, r, _answer(parse_phone, t, r), _answer(_library, t, r)) for t, r in cases]
    wrong = [w for w in wrong if w[2] != w[3]]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("+351 912 345 678", None, "+351912345678"),
        ("912 345 678", "PT", "+351912345678"),
        ("+33 6 12 34 56 78", None, "+33612345678"),
        ("+44 20 7946 0958", None, None),  # +44 is shared by four regions: the library decides
        ("020 7946 0958", "GB", None),  # a trunk 0: the library decides
        ("+351 (0) 912", None, None),
    ],
)
def test_fast_path_takes_the_plain_shapes_only(text: str, region: str | None, expected: str | None) -> None:
    assert fast_e164(text, region) == expected
