#!/usr/bin/env python3
"""Fails when a translation is not complete (Danish, or the English plural forms).

    check_translations.py LUPDATE TS_FILE SOURCES_LIST [LUPDATE_OPTION...]

A message fails when it is unfinished, empty, obsolete or vanished in TS_FILE, when its
translation does not use the same placeholders (%1, %n) as the source, or when
lupdate, run on the current sources into a temporary copy of TS_FILE, finds a source
string that TS_FILE does not have. Strings lupdate cannot file under the context they
are looked up with at run time (a tr() in a class without Q_OBJECT or
Q_DECLARE_TR_FUNCTIONS) fail too: they would never be translated.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts_path):
    """(context, source, comment) -> (translation type, translation text)."""
    out = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
            text = (translation.text or "") if translation is not None else ""
            if forms:
                text = "" if any(not f.strip() for f in forms) else forms[0]
            out[key] = (kind, text, forms or [text])
    return out


PLACEHOLDER = re.compile(r"%L?n|%L?[0-9]+")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def show(key):
    context, source, comment = key
    where = f"[{context}]" + (f" ({comment})" if comment else "")
    return f"  {where} {source!r}"


def main():
    lupdate, ts_file, sources_list = sys.argv[1:4]
    options = sys.argv[4:]
    problems = {}

    def add(reason, key):
        problems.setdefault(reason, []).append(key)

    current = messages(ts_file)
    for key, (kind, text, forms) in current.items():
        if kind in ("obsolete", "vanished"):
            add("obsolete (no longer in the sources; run the update_translations target)", key)
        elif kind == "unfinished":
            add("unfinished" if text.strip() else "not translated", key)
        elif not text.strip():
            add("empty translation", key)
        elif any(placeholders(form) != placeholders(key[1]) for form in forms):
            add("placeholders (%1, %n, ...) differ from the source", key)

    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, os.path.basename(ts_file))
        shutil.copyfile(ts_file, copy)
        run = subprocess.run([lupdate, *options, "@" + sources_list, "-ts", copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr, sep="\n")
            print("check_translations: lupdate failed")
            return 1
        for line in (run.stdout + run.stderr).splitlines():
            if "lacks Q_OBJECT macro" in line:
                problems.setdefault("a tr() lupdate cannot file under its run-time context "
                                    "(add Q_OBJECT or Q_DECLARE_TR_FUNCTIONS)", []).append(("", line.strip(), ""))
        fresh = messages(copy)
        for key, (kind, _, _) in fresh.items():
            if kind in ("obsolete", "vanished"):
                continue
            if key not in current:
                add("missing from the .ts (new in the sources; run the update_translations target, "
                    "then translate)", key)

    if not problems:
        print(f"check_translations: all {len(current)} messages of {os.path.basename(ts_file)} are translated")
        return 0
    total = 0
    for reason, keys in problems.items():
        print(f"{reason}: {len(keys)}")
        for key in sorted(keys):
            print(show(key))
        total += len(keys)
    print(f"check_translations: {total} problems in {os.path.basename(ts_file)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
