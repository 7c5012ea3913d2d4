"""Small modal dialogs shared by the screens: confirm, a form of inputs, a text viewer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ..widgets.choice import ChoiceSelect


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [Binding("y", "answer(True)", "Yes"), Binding("n,escape", "answer(False)", "No")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="question", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", id="yes", variant="error")
                yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class QuitScreen(ModalScreen[str | None]):
    """Quitting `mailmoat run`: stop the gateway too, or leave it serving headless."""

    BINDINGS = [
        Binding("s", "choose('stop')", "Stop gateway"),
        Binding("k", "choose('keep')", "Keep serving"),
        Binding("escape", "choose('')", "Cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Quit the dashboard. Stop the gateway too?", classes="question", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Stop gateway (s)", id="stop", variant="error")
                yield Button("Keep serving (k)", id="keep", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "cancel" else event.button.id)

    def action_choose(self, value: str) -> None:
        self.dismiss(value or None)


FormCheck = Callable[[dict], Awaitable[str | None]]


class FormScreen(ModalScreen[dict | None]):
    """Asks for a few values; returns them by field name, or None when cancelled. A field with choices is a
    Select, never a text to type; with `check`, a value it refuses is said under the form, which stays open
    with everything as typed."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        fields: list[tuple],
        preset: dict | None = None,
        check: FormCheck | None = None,
        error: str = "",
    ) -> None:
        """fields: (name, label, placeholder) or (name, label, default, choices); preset: the values already
        filled in (an edit's current values). A placeholder is only shown, never submitted. error: said under
        the form from the start (why the values in `preset` were refused the last time)."""
        super().__init__()
        self.title_text = title
        self.fields = fields
        self.preset = preset or {}
        self.check = check
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="question", markup=False)
            for name, label, placeholder, *choices in self.fields:
                yield Label(label, markup=False)
                value = str(self.preset.get(name) or "")
                if choices:
                    options = tuple(choices[0])
                    default = value if value in options else placeholder if placeholder in options else options[0]
                    yield ChoiceSelect(options, default, id=f"field-{name}")
                else:
                    yield Input(value, placeholder=placeholder, id=f"field-{name}")
            yield Label(self.error, id="form-error", classes="error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Save (enter)", id="save", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        await self._save()

    async def on_choice_select_submitted(self, event: ChoiceSelect.Submitted) -> None:
        event.stop()
        await self._save()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            await self._save()
        else:
            self.dismiss(None)

    def values(self) -> dict:
        return {name: self._value(name) for name, *_ in self.fields}

    def _value(self, name: str) -> str:
        field = self.query_one(f"#field-{name}")
        assert isinstance(field, (Input, ChoiceSelect))  # what compose() made of the field
        return str(field.value)

    async def _save(self) -> None:
        values = self.values()
        problem = await self.check(values) if self.check is not None else None
        if problem:
            self.query_one("#form-error", Label).update(problem)
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,enter", "close", "Close")]

    def __init__(self, title: str, text: str | Text) -> None:
        """text: shown as it is, never parsed as markup (a Text keeps its styles)."""
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(self.title_text, classes="question", markup=False)
            with VerticalScroll():
                yield Static(self.text, markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
