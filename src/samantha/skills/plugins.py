"""The skills seam, in the shape of simonw/llm's plugins: pluggy hooks, the built-in skills registered as default
plugins, and third-party ones loaded from the `samantha` entry-point group.

A plugin implements `register_skills(registry, context)` (add `Skill`s to the capability registry: what it can do
feeds the prompt and her honest answers, and requests of its kind reach its handler) and, optionally,
`register_commands(cli)` (a typer app to add command groups to).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from samantha.skills.capabilities import Capabilities
    from samantha.store import Store

hookspec = pluggy.HookspecMarker("samantha")
hookimpl = pluggy.HookimplMarker("samantha")


@dataclass
class SkillContext:
    """What a skill may use: the home's store, her clock, the person's time zone (None: the system's) and the
    brain, asked only for constrained answers (JSON) where the rules are unsure."""

    store: Store
    clock: Callable[[], datetime]
    zone: ZoneInfo | None
    brain: Callable | None = None  # (messages, Generation) -> text: for a constrained answer where rules are unsure


class SkillSpecs:
    @hookspec
    def register_skills(self, registry: Capabilities, context: SkillContext) -> None:
        """Add skills to the capability registry."""

    @hookspec
    def register_commands(self, cli: Any) -> None:
        """Add command groups to the `samantha` CLI (a typer app)."""


class BuiltIn:
    """The skills that ship with her."""

    @hookimpl
    def register_skills(self, registry: Capabilities, context: SkillContext) -> None:
        from samantha.skills.calendar.skill import Calendar
        from samantha.skills.letters.skill import LetterSkill
        from samantha.skills.mail.skill import MailSkill
        from samantha.skills.reminders.skill import Reminders, system_zone

        registry.register(LetterSkill(context.store, context.clock, context.brain).skill())
        reminders = Reminders(context.store, context.clock, context.zone, context.brain)
        registry.register(reminders.skill())
        registry.register(reminders.wake_ups())
        if context.store.account("calendar") is not None:  # until one is connected she says how to connect one
            registry.register(Calendar(context.store, context.clock, context.zone or system_zone()).skill())
        if context.store.account("mail") is not None:
            store = context.store
            name = lambda: store.profile().get("name")  # noqa: E731 (read at each use: it can change)
            registry.register(MailSkill(store, context.clock, name, context.brain).skill())

    @hookimpl
    def register_commands(self, cli: Any) -> None:
        from samantha.cli import calendar, letters, mail, reminders

        cli.add_typer(letters.app, name="letters")
        cli.add_typer(reminders.app, name="reminders")
        cli.add_typer(calendar.app, name="calendar")
        cli.add_typer(mail.app, name="mail")
        reminders.register_daemon(cli)


def plugin_manager() -> pluggy.PluginManager:
    manager = pluggy.PluginManager("samantha")
    manager.add_hookspecs(SkillSpecs)
    manager.register(BuiltIn(), name="builtin")
    manager.load_setuptools_entrypoints("samantha")
    return manager
