"""Words the domain hands to a front end, kept translatable without Qt.

``QT_TRANSLATE_NOOP(context, text)`` marks a string for pyside6-lupdate (which reads app/ too) and
returns it unchanged, remembering its context; the window translates it where it is shown
(``ui.i18n.localized``). ``message(template, **params)`` is the English sentence as a plain ``str``
(the command line prints it as before) that also remembers its template and values, so the window
can show the same message in the user's language.
"""
from __future__ import annotations


class Source(str):
    """A marked string: the English text, and the lupdate context it was marked under."""
    context: str

    def __new__(cls, context: str, text: str) -> Source:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj

    def __reduce__(self):      # copied and pickled whole (dataclasses.asdict deep-copies its values)
        return Source, (self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Source:  # noqa: N802 - the name lupdate looks for
    return Source(context, text)


class Message(str):
    """An English message built from a marked template; ``template`` and ``params`` rebuild it in
    another language."""
    template: Source
    params: dict

    def __new__(cls, template: Source, **params) -> Message:
        obj = super().__new__(cls, template.format(**params))
        obj.template = template
        obj.params = params
        return obj

    def __reduce__(self):
        return _rebuilt, (self.template, self.params)


def _rebuilt(template: Source, params: dict) -> Message:
    return Message(template, **params)


def message(template: Source, **params) -> Message:
    return Message(template, **params)
