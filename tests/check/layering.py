#!/usr/bin/env python3
"""The layer rule of core/, read from the one place it is stated: core/CMakeLists.txt.

Each folder of core/ is a layer and its own static target, declared bottom first with
`tunedrop_layer(FOLDER SOURCES ... PRIVATE_HEADERS ... DEPENDS ...)`. The build itself refuses a
lower layer including a higher one (a target's include roots hold only its own and its lower
layers' public headers); this check says the same in words a reader can act on, and also
catches what a compiler cannot see (a DEPENDS naming a higher layer, a folder that is no layer):

- a file may include headers of its own folder and of the folders below it, never above;
- a private header (PRIVATE_HEADERS) only from its own folder;
- a layer's DEPENDS names only layers below it;
- every folder of core/ is a layer.

Tests, the fuzz targets and app/ are above every layer and may include any public header.

Usage: layering.py CORE_DIR [--expect-findings N] [FILE...]
With FILEs, each is checked as if it lived in the folder named by its first line's
"// layer: NAME" comment (the self-test fixtures).
"""
import re
import sys
from pathlib import Path

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
LAYER = re.compile(r"^tunedrop_layer\((\w+)(.*?)\)", re.M | re.S)
SECTION = re.compile(r"\b(SOURCES|PRIVATE_HEADERS|DEPENDS)\b")


def read_layers(cmake_text):
    """[(folder, {section: [words]})] in declaration order (bottom first)."""
    layers = []
    for m in LAYER.finditer(cmake_text):
        body = re.sub(r"#[^\n]*", "", m.group(2))
        sections = {"SOURCES": [], "PRIVATE_HEADERS": [], "DEPENDS": []}
        current = None
        for word in body.split():
            if SECTION.fullmatch(word):
                current = word
            elif current:
                sections[current].append(word)
        layers.append((m.group(1), sections))
    return layers


def resolve(name, folder):
    """'folder/X.h' as written, or a same-folder 'X.h' made explicit."""
    if "/" in name:
        return name
    return f"{folder}/{name}"


def check(path, folder, rank, private, order):
    findings = []
    text = path.read_text(encoding="utf-8", errors="replace")
    for m in INCLUDE.finditer(text):
        inc = resolve(m.group(1), folder)
        top = inc.split("/", 1)[0]
        line = text.count("\n", 0, m.start()) + 1
        if top in rank and rank[top] > rank[folder]:
            findings.append(f"{path}:{line}: layer '{folder}' includes '{inc}' from the higher layer "
                            f"'{top}' (order: {' -> '.join(order)})")
        owner = private.get(inc)
        if owner is not None and owner != folder:
            findings.append(f"{path}:{line}: '{inc}' is private to '{owner}', included from '{folder}'")
    return findings


def main(argv):
    args = list(argv[1:])
    expect = None
    if "--expect-findings" in args:
        i = args.index("--expect-findings")
        expect = int(args[i + 1])
        del args[i:i + 2]
    core = Path(args[0])
    files = [Path(a) for a in args[1:]]

    layers = read_layers((core / "CMakeLists.txt").read_text(encoding="utf-8"))
    order = [name for name, _ in layers]
    rank = {name: i for i, name in enumerate(order)}
    private = {f"{name}/{h}": name for name, s in layers for h in s["PRIVATE_HEADERS"]}
    findings = []
    if not order:
        findings.append(f"{core}/CMakeLists.txt: no tunedrop_layer() found")
    for name, s in layers:
        for dep in s["DEPENDS"]:
            below = dep[len("tunedrop_"):] if dep.startswith("tunedrop_") else None
            if below is not None and (below not in rank or rank[below] >= rank[name]):
                findings.append(f"{core}/CMakeLists.txt: layer '{name}' DEPENDS on '{dep}', "
                                f"which is not below it (order: {' -> '.join(order)})")

    if files:
        for f in files:
            first = f.read_text(encoding="utf-8").splitlines()[0]
            folder = re.search(r"layer:\s*(\w+)", first).group(1)
            findings += check(f, folder, rank, private, order)
    else:
        unknown = sorted(p.name for p in core.iterdir() if p.is_dir() and p.name not in rank)
        if unknown:
            findings.append(f"{core}: folders without a layer: {', '.join(unknown)} "
                            f"(declare them with tunedrop_layer in core/CMakeLists.txt)")
        for folder in order:
            for f in sorted((core / folder).glob("*")):
                if f.suffix in (".h", ".cpp"):
                    findings += check(f, folder, rank, private, order)
    for line in findings:
        print(line)
    if expect is not None:
        if len(findings) != expect:
            print(f"layering: expected {expect} findings, got {len(findings)}")
            return 1
        return 0
    if findings:
        print(f"layering: {len(findings)} finding(s) break the layer order")
        return 1
    print(f"layering: {' -> '.join(order)}: no include goes up, private headers stay private "
          f"({len(private)} of them)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
