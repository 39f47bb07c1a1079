"""English words that show a name written as a product's (issue 14, helper teams-products; read
by ``entities.productcues``): parts and running copies of a device or a program named after it,
and the words of its launch written before it."""

from __future__ import annotations

# Nouns after a name, with its possessive or without ("the Pixel's battery", "a Dokku
# instance", "the Nimbus setup page"): a device's parts, a program's copies and manuals. Not
# "app" (a person's app: ``service_nouns``), "update" (a person gives one), "image" (a
# person's), "camera" (a photographer's) nor "release" (a press release).
PART_NOUNS = frozenset({
    "battery", "batteries", "screen", "screens", "display", "displays", "keyboard", "keyboards",
    "processor", "processors", "chip", "chipset", "touchscreen", "instance", "instances",
    "server", "servers", "docs", "documentation", "setup", "interface", "dashboard",
    "repository", "repo", "container", "containers", "cli", "api", "sdk", "changelog",
})
# Of those, the ones a person has too after the possessive ("Saka's display", "Mickelson's
# chip", "Verstappen's setup", "Curry's screen", "Ohtani's battery", "Nadal's server"): after a
# bare possessive they are no cue; "the Pixel's battery" and "the Pixel screen" still are.
PERSON_PARTS = frozenset({
    "battery", "screen", "screens", "display", "displays", "keyboard", "keyboards", "chip",
    "server", "servers", "setup", "interface", "dashboard",
})
# Words before a name that launch a product ("Apple launched Vision", "unveiled the new
# Nimbus", "its new Pixel"); not "released" (a prisoner), "announced" nor "introduced" (a
# speaker), "new" after "the" alone only with a launch or an owner's determiner.
LAUNCH_OPENERS = ("launched", "launches", "unveiled", "unveils", "unveiling", "launching",
                  "launched the new", "unveiled the new", "released the new", "its new",
                  "their new", "the all-new")
