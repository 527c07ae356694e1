#!/usr/bin/env python3
"""Re-run the Integrity Portal's verification draw from its published seed and eligible list.

Usage:  python3 draw_verify.py SEED ELIGIBLE_LIST_FILE
The list file is the published canonical list: one "unit-id,person-id,L|M" line per eligible person
(L = head or deputy). Prints the list's SHA-256 and the selected "unit-id,person-id" lines in draw order.
Only the Python standard library is used. The algorithm is described in docs/verification-draw.md.
"""
import hashlib, hmac, math, sys


def score(seed: bytes, label: str) -> str:
    return hmac.new(seed, label.encode("utf-8"), hashlib.sha256).hexdigest()


def ceil_percent(count: int, percent: int) -> int:
    return 0 if count == 0 else max(1, (count * percent + 99) // 100)


def draw(seed_text: str, rows):
    seed = seed_text.encode("utf-8")
    units = {}
    for unit, person, mark in rows:
        units.setdefault(unit, []).append((person, mark == "L"))
    ordered_units = sorted(units, key=lambda u: (score(seed, "unit:" + u), u))[: ceil_percent(len(units), 20)]
    picks = []
    for unit in ordered_units:
        people = sorted(units[unit], key=lambda p: (score(seed, "person:" + p[0]), p[0]))
        take = ceil_percent(len(people), 10)
        chosen = [p for p in people if p[1]][:1]
        chosen += [p for p in people if p not in chosen][: take - len(chosen)]
        picks += [(unit, p[0]) for p in chosen]
    return picks


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    text = open(sys.argv[2], encoding="utf-8", newline="").read()
    rows = [line.split(",") for line in text.split("\n") if line]
    print("eligible-sha256:", hashlib.sha256(text.encode("utf-8")).hexdigest())
    for unit, person in draw(sys.argv[1], rows):
        print(f"{unit},{person}")


if __name__ == "__main__":
    main()
