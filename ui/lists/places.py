"""Where the table looks: every live resource, a reading list, the trash or a quality list.

A place is part of the Criteria value (reading_list / trash / quality), so the search, the facet
counts and the chips all follow it with nothing extra; the keyword and facet criteria stay when
the place changes ("the other criteria still apply"). These helpers name and switch places.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from app import quality
from app import reading_lists as rl
from app.criteria import Criteria

ALL, LIST, TRASH, QUALITY = "all", "list", "trash", "quality"


@dataclass(frozen=True)
class Place:
    kind: str = ALL        # all | list | trash | quality
    key: str = ""          # the list's uid or the quality check's key

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}" if self.key else self.kind


DUPLICATES = Place(QUALITY, "duplicates")     # compared on demand, with progress (seconds at 20k records)


def place_of(criteria: Criteria) -> Place:
    if criteria.trash:
        return Place(TRASH)
    if criteria.reading_list:
        return Place(LIST, criteria.reading_list)
    if criteria.quality:
        return Place(QUALITY, criteria.quality)
    return Place(ALL)


def with_place(criteria: Criteria, place: Place) -> Criteria:
    """``criteria`` moved to ``place``, keeping its keywords, facets and years."""
    return replace(criteria, trash=place.kind == TRASH,
                   reading_list=place.key if place.kind == LIST else None,
                   quality=place.key if place.kind == QUALITY else None)


def place_title(place: Place) -> str:
    """How the place is named in the chips bar, the status bar and bibliography titles."""
    if place.kind == TRASH:
        return "Trash"
    if place.kind == LIST:
        info = rl.get_list(place.key)
        return info.name if info else "Reading list"
    if place.kind == QUALITY and place.key in quality.BY_KEY:
        return quality.BY_KEY[place.key].label
    return "All resources"


def status_text(place: Place, shown: int, place_total: int, catalogue_total: int) -> str:
    """"Showing 12 of 20 resources", or the same counted inside the place."""
    if place.kind == ALL:
        return f"Showing {shown:,} of {catalogue_total:,} {_resources(catalogue_total)}"
    where = {TRASH: "in the trash", LIST: f"in the reading list “{place_title(place)}”",
             QUALITY: f"on the list “{place_title(place)}”"}[place.kind]
    return f"Showing {shown:,} of {place_total:,} {_resources(place_total)} {where}"


def _resources(n: int) -> str:
    return "resource" if n == 1 else "resources"


def place_hint(place: Place) -> str:
    """What can be done here, for the line above the table when no criteria are set."""
    if place.kind == TRASH:
        return "Restore the selected resources (Ctrl+R) or delete them for good (Del)."
    if place.kind == LIST:
        return "In list order. Drag rows onto a list in the Library to add them; Alt+↑ / Alt+↓ in the list reorders."
    if place.kind == QUALITY and place.key in quality.BY_KEY:
        return quality.BY_KEY[place.key].hint
    return ""


def empty_text(place: Place) -> tuple[str, str]:
    """(title, what to do next) for a place that holds nothing at all."""
    if place.kind == TRASH:
        return "The trash is empty.", "Deleted resources wait here until the trash is emptied."
    if place.kind == LIST:
        return ("This reading list is empty.",
                "Select resources under All resources, then drag them onto the list or use Add to list.")
    if place.kind == QUALITY:
        check = quality.BY_KEY.get(place.key)
        return "Nothing needs attention here.", (check.hint if check else "")
    return "This catalogue has no resources yet.", "Use File › Import… to add resources from a file."
