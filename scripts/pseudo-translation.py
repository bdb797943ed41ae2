#!/usr/bin/env python3
"""Writes a pseudo-translation of a Qt Linguist .ts file: every message
becomes "⟦source⟧" (plural messages in both forms), so a screen shown with it
makes any text that did not go through tr() stand out: it has no brackets.
The test tst_translations uses it to audit the windows (issue 13).
Usage: pseudo-translation.py IN.ts OUT.ts"""
import sys
import xml.etree.ElementTree as ET

tree = ET.parse(sys.argv[1])
root = tree.getroot()
root.set("language", "en_XA")  # no real language: a test catalogue
for message in root.iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    if message.get("numerus") == "yes":
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = "\u27e6" + form + "\u27e7"
    else:
        translation.text = "\u27e6" + source + "\u27e7"
tree.write(sys.argv[2], encoding="utf-8", xml_declaration=True)
