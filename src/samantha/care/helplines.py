"""Crisis lines, bundled offline, by country (ISO 3166 alpha-2).

Every number is the service's own published number, as the service names itself, written down on 2026-12-02 from
the Samantha team's knowledge of these national services (there is no network here to re-check them): each row
names its source so anyone can verify it, and the table should be re-checked before each release. Countries
covered: US, CA, GB, IE, AU, NZ, DE, FR, ES, IT, NL, IN, BR. When the country is unknown she gives the lines of the
US and Canada, the UK and Ireland, and Australia, and "your local emergency number (112 or 911)".

The country comes from `country` in config.toml, else from the locale (LC_ALL, LC_MESSAGES, LANG: en_GB.UTF-8 → GB).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Lines:
    country: str
    crisis: str  # how she says the crisis line, in a sentence's middle
    emergency: str  # the emergency number
    abuse: str | None = None  # a line for domestic abuse, where there is a national one
    source: str = ""


TABLE: dict[str, Lines] = {
    "US": Lines(
        "US",
        "call or text 988, the Suicide & Crisis Lifeline, any time",
        "911",
        "the National Domestic Violence Hotline, 1-800-799-7233 (or text START to 88788)",
        "988lifeline.org; thehotline.org",
    ),
    "CA": Lines("CA", "call or text 988, the Suicide Crisis Helpline, any time", "911", None, "988.ca"),
    "GB": Lines(
        "GB",
        "call Samaritans on 116 123, free, day or night",
        "999",
        "the National Domestic Abuse Helpline, 0808 2000 247, free, day or night",
        "samaritans.org; nationaldahelpline.org.uk",
    ),
    "IE": Lines(
        "IE",
        "call Samaritans on 116 123, free, day or night",
        "112 or 999",
        "Women's Aid, 1800 341 900, day or night",
        "samaritans.org; womensaid.ie",
    ),
    "AU": Lines(
        "AU",
        "call Lifeline on 13 11 14, day or night",
        "000",
        "1800RESPECT, 1800 737 732",
        "lifeline.org.au; 1800respect.org.au",
    ),
    "NZ": Lines(
        "NZ", "call or text 1737, free, any time, to talk with a trained counsellor", "111", None, "1737.org.nz"
    ),
    "DE": Lines(
        "DE",
        "call the TelefonSeelsorge on 0800 111 0 111 or 0800 111 0 222, free, day or night",
        "112",
        "the Hilfetelefon Gewalt gegen Frauen, 116 016",
        "telefonseelsorge.de; hilfetelefon.de",
    ),
    "FR": Lines(
        "FR",
        "call 3114, the national suicide prevention line, free, day or night",
        "112 (or 15)",
        "3919, for violence against women",
        "3114.fr; arretonslesviolences.gouv.fr",
    ),
    "ES": Lines(
        "ES",
        "call 024, the line for people thinking of suicide, free, day or night",
        "112",
        "016, for gender violence",
        "sanidad.gob.es (Línea 024); igualdad.gob.es (016)",
    ),
    "IT": Lines(
        "IT",
        "call Telefono Amico Italia on 02 2327 2327",
        "112",
        "1522, against violence and stalking",
        "telefonoamico.it; 1522.eu",
    ),
    "NL": Lines("NL", "call 113 Zelfmoordpreventie on 113 or 0800 0113, free, day or night", "112", None, "113.nl"),
    "IN": Lines("IN", "call Tele-MANAS on 14416, free, any time", "112", None, "telemanas.mohfw.gov.in"),
    "BR": Lines("BR", "call CVV on 188, free, any time", "192 (or 190)", None, "cvv.org.br"),
}
# Country unknown (no `country`, a locale like C.UTF-8): the lines of the countries most people using her live in,
# and the two emergency numbers that reach help across most of the world. A crisis is no time to ask for settings.
ELSEWHERE = Lines(
    "",
    "call or text 988 in the US or Canada, call Samaritans on 116 123 in the UK or Ireland, or Lifeline on 13 11 14 "
    "in Australia",
    "your local emergency number (112 or 911)",
    "the National Domestic Violence Hotline in the US, 1-800-799-7233, or the National Domestic Abuse Helpline in "
    "the UK, 0808 2000 247",
    "as for US, CA, GB, IE and AU above",
)


def country_from_locale(environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if "_" in value:
            region = value.split("_", 1)[1][:2].upper()
            if region.isalpha():
                return region
    return None


def lines_for(country: str | None) -> Lines:
    """The lines for `country` (config), else for the locale's country, else the fallback."""
    code = (country or country_from_locale() or "").upper()
    code = "GB" if code == "UK" else code
    return TABLE.get(code, ELSEWHERE)
