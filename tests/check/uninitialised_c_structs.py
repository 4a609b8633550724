#!/usr/bin/env python3
"""Refuses C structs (and pointers to them) declared without an initialiser.

A Release build once aborted on every Opus file because `AVChannelLayout inLayout;` held stack
garbage and av_channel_layout_copy() freed what it pointed to. Neither the compiler, clang-tidy
nor cppcheck flags a C struct whose address is handed to a C function, so this check does:

    AVChannelLayout x;          refused      AVChannelLayout x{};        accepted
    AVFrame *frame;             refused      AVFrame *frame = nullptr;   accepted
    struct stat st;             refused      struct stat st {};          accepted

The C types are read from the headers the project compiles against (libav*, libsw*, LAME), so a
new FFmpeg struct is covered without editing this file; `struct X name;` (an elaborated type,
which C++ code only writes for C structs such as POSIX's) is refused for any X.

usage: uninitialised_c_structs.py --headers DIR [--headers DIR ...] [--expect-findings N] PATH...
       (PATH: source files or folders, searched for .c/.cpp/.h/.hpp)
Exit status 0 when clean, 1 with one `file:line: message` per finding, 2 on usage errors.
"""
import argparse
import os
import re
import sys

HEADER_LIBS = ("libavformat", "libavcodec", "libavutil", "libswresample", "libswscale",
               "libavfilter", "libavdevice", "lame")
# POSIX and C library types the code might declare without writing `struct`.
SYSTEM_TYPES = {"sigset_t", "fd_set", "pthread_attr_t", "pthread_mutex_t", "pthread_cond_t",
                "mbstate_t", "FILE", "DIR", "regex_t", "glob_t", "z_stream"}
SOURCE_SUFFIXES = (".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp")

TYPEDEF_STRUCT = re.compile(r"typedef\s+(?:struct|union)\s+(\w+)?\s*(?:\{|(\w+)\s*;)")
STRUCT_DEF = re.compile(r"\b(?:struct|union)\s+(\w+)\s*\{")


def c_types_from_headers(dirs):
    """Every struct/union name, typedef of one, and pointer typedef of one in the header folders."""
    names, pointer_typedefs = set(), []
    for root in dirs:
        for lib in HEADER_LIBS:
            base = os.path.join(root, lib)
            if not os.path.isdir(base):
                continue
            for folder, _, files in os.walk(base):
                for f in files:
                    if f.endswith(".h"):
                        with open(os.path.join(folder, f), encoding="utf-8", errors="replace") as fh:
                            text = _strip_comments(fh.read())
                        names |= _names_in(text)
                        pointer_typedefs += re.findall(r"typedef\s+(\w+)\s*\*\s*(\w+)\s*;", text)
    # typedef lame_global_flags *lame_t;  -> lame_t, a pointer to a known C struct.
    return names | {alias for target, alias in pointer_typedefs if target in names}


def _names_in(text):
    names = set()
    for m in STRUCT_DEF.finditer(text):
        names.add(m.group(1))
    for m in TYPEDEF_STRUCT.finditer(text):
        if m.group(1):
            names.add(m.group(1))
        if m.group(2):
            names.add(m.group(2))
    # typedef struct X {...} Y;  -> Y, found after the closing brace of the body.
    for m in re.finditer(r"typedef\s+(?:struct|union)\s*\w*\s*\{", text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        alias = re.match(r"\s*(\w+)\s*;", text[i:])
        if alias:
            names.add(alias.group(1))
    # typedef struct lame_global_struct *lame_t;  -> a pointer type: lame_t x; is a pointer.
    for m in re.finditer(r"typedef\s+(?:struct|union)\s+\w+\s*\*\s*(\w+)\s*;", text):
        names.add(m.group(1))
    return names


def _strip_comments(text):
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def _strip_literals(line):
    return re.sub(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'', '""', line)


def declaration_pattern(types):
    alternatives = "|".join(sorted((re.escape(t) for t in types), key=len, reverse=True))
    # [qualifiers] [struct] TYPE declarator-list ;   with no initialiser in any declarator.
    return re.compile(
        r"^\s*(?:(?:static|const|volatile|thread_local|mutable|inline)\s+)*"
        r"(?:(?:struct|union)\s+(?P<anytype>\w+)|(?P<type>" + alternatives + r"))\b"
        r"(?P<decls>\s*[\s*&]*\w+\s*(?:\[[^\]]*\]\s*)*(?:,\s*[\s*&]*\w+\s*(?:\[[^\]]*\]\s*)*)*);")


def findings(path, pattern):
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = _strip_comments(fh.read())
    for number, raw in enumerate(text.split("\n"), start=1):
        line = _strip_literals(raw)
        if re.match(r"^\s*(?:typedef|extern|friend|using|return|#)\b", line):
            continue
        m = pattern.match(line)
        if not m:
            continue
        declarators = [d.strip() for d in m.group("decls").split(",")]
        if any("&" in d for d in declarators):
            continue  # references must be bound; the compiler checks those
        type_name = m.group("type") or "struct " + m.group("anytype")
        yield number, type_name, ", ".join(declarators)


def source_files(paths):
    for p in paths:
        if os.path.isfile(p):
            yield p
            continue
        for folder, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if f.endswith(SOURCE_SUFFIXES):
                    yield os.path.join(folder, f)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--headers", action="append", default=[], required=True)
    parser.add_argument("--expect-findings", type=int, default=None,
                        help="self-test: succeed only when exactly this many are found")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    types = c_types_from_headers(args.headers)
    if len(types) < 50:
        print(f"error: only {len(types)} C types found under {args.headers}; "
              "are the FFmpeg and LAME headers there?", file=sys.stderr)
        return 2
    pattern = declaration_pattern(types | SYSTEM_TYPES)
    count = 0
    for path in source_files(args.paths):
        for number, type_name, decls in findings(path, pattern):
            count += 1
            print(f"{path}:{number}: C type {type_name} declared without an initialiser "
                  f"({decls}); write `{type_name} {decls.split(',')[0].strip()}{{}};` "
                  "or initialise it from the call that fills it")
    print(f"checked {len(types)} C types; {count} uninitialised declaration(s)",
          file=sys.stderr)
    if args.expect_findings is not None:
        return 0 if count == args.expect_findings else 1
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
