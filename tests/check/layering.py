#!/usr/bin/env python3
"""The layer rule of core/, stated once (docs/ARCHITECTURE.md, "Layers").

Each folder of core/ is a layer; a file may include headers of its own folder and of the
folders below it, never above. Private headers (implementation-only: FFmpeg handles, the PCM
queue, the web replies) may be included only from their own folder. Tests (white-box) and app/
are above every layer and may include any public header.

Usage: layering.py CORE_DIR [--expect-findings N] [FILE...]
With FILEs, each is checked as if it lived in the folder named by its first line's
"// layer: NAME" comment (the self-test fixtures).
"""
import re
import sys
from pathlib import Path

# Bottom first. Keep in step with core/CMakeLists.txt and docs/ARCHITECTURE.md.
ORDER = ["common", "library", "transcode", "source", "queue", "settings", "web"]
RANK = {name: i for i, name in enumerate(ORDER)}
# Implementation-only headers: "folder/Header.h" -> the only folder that may include it.
PRIVATE = {
    "transcode/FfmpegPtr.h": "transcode",
    "transcode/AvError.h": "transcode",
    "transcode/PcmQueue.h": "transcode",
    "web/WebReplies.h": "web",
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def resolve(name, folder):
    """'folder/X.h' as written, or a same-folder 'X.h' made explicit."""
    if "/" in name:
        return name
    return f"{folder}/{name}"


def check(path, folder):
    findings = []
    text = path.read_text(encoding="utf-8", errors="replace")
    for m in INCLUDE.finditer(text):
        inc = resolve(m.group(1), folder)
        top = inc.split("/", 1)[0]
        line = text.count("\n", 0, m.start()) + 1
        if top in RANK and RANK[top] > RANK[folder]:
            findings.append(f"{path}:{line}: layer '{folder}' includes '{inc}' from the higher layer "
                            f"'{top}' (order: {' -> '.join(ORDER)})")
        owner = PRIVATE.get(inc)
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
    findings = []
    if files:
        for f in files:
            first = f.read_text(encoding="utf-8").splitlines()[0]
            folder = re.search(r"layer:\s*(\w+)", first).group(1)
            findings += check(f, folder)
    else:
        unknown = sorted(p.name for p in core.iterdir() if p.is_dir() and p.name not in RANK)
        if unknown:
            findings.append(f"{core}: folders without a layer: {', '.join(unknown)} (add them to ORDER)")
        for folder in ORDER:
            for f in sorted((core / folder).glob("*")):
                if f.suffix in (".h", ".cpp"):
                    findings += check(f, folder)
    for line in findings:
        print(line)
    if expect is not None:
        if len(findings) != expect:
            print(f"layering: expected {expect} findings, got {len(findings)}")
            return 1
        return 0
    if findings:
        print(f"layering: {len(findings)} include(s) break the layer order")
        return 1
    print(f"layering: {' -> '.join(ORDER)}: no include goes up, private headers stay private")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
