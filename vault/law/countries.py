"""ISO 3166-1 alpha-2 country codes (officially assigned), and the EU/EEA set.

A plain table: none of our dependencies outside Qt carries one, and vault/ stays Qt-free.
"""
from __future__ import annotations

from vault.errors import InvalidInput

ISO_3166_ALPHA2 = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

EU = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())
EEA = EU | {"IS", "LI", "NO"}


def normalise_country(value: str | None) -> str | None:
    """Upper-case ISO 3166-1 alpha-2 code, or None for empty; ``UK`` is read as ``GB``."""
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if code == "UK":
        code = "GB"
    if code not in ISO_3166_ALPHA2:
        raise InvalidInput(f"'{value}' is not an ISO 3166-1 country code (for example FR, DE, GB).")
    return code
