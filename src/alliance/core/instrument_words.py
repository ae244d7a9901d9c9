"""The wording of the relationship instruments (``resources/instruments/*.json``: the check-in, the SRS's
labels, the WAI-SR's labels, the nervous-system states), marked for the translation files. All of it is the
app's own text (no licensed item wording is shipped), so it is translated like the rest of the app; the UI shows
an instrument's text with ``alliance.i18n.translated``. ``tests/core/test_instrument_words.py`` keeps this list
equal to the JSON files."""

from __future__ import annotations

from alliance.core.messages import translatable

INSTRUMENT_WORDS: tuple[str, ...] = (
    translatable("Relationship check-in"),
    translatable("Check-in"),
    translatable("Questions a client can ask themselves about whether the relationship is working. Each is "
                 "rated from 0 (not at all) to 10 (completely)."),
    translatable("not at all"),
    translatable("partly"),
    translatable("completely"),
    translatable("I feel understood"),
    translatable("I feel safe in my body during the session"),
    translatable("I am becoming more open over time"),
    translatable("I can ask my therapist for what I need"),
    translatable("My perspective is asked for and respected"),
    translatable("I trust my therapist has my best interest in mind"),
    translatable("Session Rating Scale"),
    translatable("SRS"),
    translatable("Rated by the client at the end of the session. Four items, each 0 to 10; the total runs "
                 "from 0 to 40."),
    translatable("The Session Rating Scale is copyrighted. Alliance ships the item labels only: enter the "
                 "scores from your own licensed forms."),
    translatable("Relationship"),
    translatable("Goals and topics"),
    translatable("Approach or method"),
    translatable("Overall"),
    translatable("Working Alliance Inventory – Short Revised"),
    translatable("WAI-SR"),
    translatable("Twelve items, each rated from 1 (seldom) to 5 (always), in three subscales of four items: "
                 "Task, Bond and Goal. The total runs from 12 to 60."),
    translatable("Item wording is not included. Enter the scores item by item from your own copy of the form."),
    translatable("seldom"),
    translatable("sometimes"),
    translatable("fairly often"),
    translatable("very often"),
    translatable("always"),
    translatable("Item 1"),
    translatable("Item 2"),
    translatable("Item 3"),
    translatable("Item 4"),
    translatable("Item 5"),
    translatable("Item 6"),
    translatable("Item 7"),
    translatable("Item 8"),
    translatable("Item 9"),
    translatable("Item 10"),
    translatable("Item 11"),
    translatable("Item 12"),
    translatable("Task"),
    translatable("Bond"),
    translatable("Goal"),
    translatable("Nervous-system state"),
    translatable("The client's nervous-system state as the therapist observed it at the start and at the end "
                 "of the session. Each value is the position of a state in the list of categories."),
    translatable("At the start of the session"),
    translatable("At the end of the session"),
    translatable("Ventral"),
    translatable("Rest and connect: settled, present, able to engage."),
    translatable("Sympathetic"),
    translatable("Fight or flight: mobilised, agitated, on guard."),
    translatable("Dorsal"),
    translatable("Freeze or shutdown: collapsed, numb, far away."),
    translatable("Unclear"),
    translatable("Could not tell, or the state kept shifting."),
)
