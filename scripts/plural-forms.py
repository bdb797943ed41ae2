#!/usr/bin/env python3
"""Fills the British English plural forms of each plural message ("%n
year(s)") in a Qt Linguist .ts file that has none yet. Prints what it
filled; leaves every other message alone. Usage: plural-forms.py FILE.ts"""
import re
import sys
import xml.etree.ElementTree as ET

# A singular subject takes a singular verb; these phrases follow a "(s)".
SINGULAR = [
    (r"\(s\) have\b", " has"),
    (r"\(s\) made while presenting are\b", " made while presenting is"),
    (r"reverts them\b", "reverts it"),
    (r"takes them out\b", "takes it out"),
    (r"Save them all\b", "Save it"),
    (r"\(s\)", ""),
]


def forms(source):
    singular = source
    for pattern, repl in SINGULAR:
        singular = re.sub(pattern, repl, singular)
    return singular, source.replace("(s)", "s")


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        existing = [f.text for f in translation.findall("numerusform") if f.text]
        if translation.get("type") != "unfinished" and len(existing) == 2:
            continue
        for f in list(translation):
            translation.remove(f)
        for text in forms(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
        print("filled:", message.find("source").text.replace("\n", "\\n"))
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        with open(path, "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{filled} plural message(s) given their forms")


if __name__ == "__main__":
    main(sys.argv[1])
