"""Companion: opens a home and runs turns through the pipeline, nothing else.

    perceive → (the person's words are committed) → recall → feel → speak (streamed) → learn (one transaction)

Each stage lives in its organ's package; this file only wires them in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from samantha.affect import EmotionReader, Heart, perceive
from samantha.affect.express import STRATEGIES, Prosody, prosody_for
from samantha.affect.openers import Openers, continued
from samantha.assets.pull import Progress
from samantha.bond import Bond
from samantha.bond.leaving import send_off, thanks_back
from samantha.care import Care
from samantha.config import DB_FILE, Settings, default_home
from samantha.embedding import EmbeddingError
from samantha.llm import ChatModel, Generation, Message, ModelError, load_model
from samantha.llm.chain import LOST_FOR_WORDS, ReplyChain, check_whole
from samantha.llm.clean import RecitalLink, ReplyCleaner, prompt_labels
from samantha.llm.prompt import PromptParts, build_messages
from samantha.llm.style import StyleLink, asks_for_list, sounds_down
from samantha.memory import ImportReport, MemoryBook, recall
from samantha.memory.answers import JudgementLink, RelationLink, StrangerLink, capitalised, people_named
from samantha.skills import Capabilities, PromiseLink, answer_request, find_request
from samantha.skills.plugins import SkillContext, plugin_manager
from samantha.store import Store, StoredTurn, StoreError, encrypt_new_homes, engine
from samantha.turn import Opening, Reply, Turn

HISTORY_TURNS = 64  # most recent turns offered to the prompt builder, which keeps what fits
JOURNAL_AFTER = 2  # messages from the person before a conversation is worth a journal entry written by the brain


def utc_now() -> datetime:
    return datetime.now(UTC)


def open_reader(settings: Settings) -> tuple[EmotionReader | None, str | None]:
    """The emotion reader, or None and a one-line reason: without it she still talks, she just reads less."""
    if not settings.read_emotions:
        return None, None
    try:
        return EmotionReader(), None
    except (EmbeddingError, OSError) as exc:  # OSError: the trained head is missing from a broken install
        return None, f"I can't read feelings from your words right now ({exc})"


class Companion:
    def __init__(
        self,
        home: Path,
        settings: Settings,
        model: ChatModel,
        clock: Callable[[], datetime] = utc_now,
        reader: EmotionReader | None = None,
    ):
        self.home = home
        self.settings = settings
        self.model = model
        self.clock = clock
        self.store = Store(home / DB_FILE, encrypt=settings.encrypt and encrypt_new_homes())  # a new home only
        self.store.keep_backups = settings.backups
        self.heart = Heart(self.store, reader, clock)
        self.memory = MemoryBook(self.store, clock, reader.embedder if reader is not None else None, settings.zone())
        self.bond = Bond(self.store, settings.persona, clock)
        self.care = Care(self.store, settings, reader.embedder if reader is not None else None, self._people)
        self.capabilities = Capabilities()  # skills register here (skills/capabilities.py), through plugins
        plugin_manager().hook.register_skills(
            registry=self.capabilities, context=SkillContext(self.store, clock, settings.zone(), self._ask_brain)
        )
        self.conversation_id: int | None = None
        self.last_reply: Reply | None = None
        self.warnings: list[str] = []  # one-line notes for the person about what runs degraded
        self.speaking_prosody: Prosody | None = None  # the reply being written: how it should sound
        self.openers = Openers()

    @classmethod
    def open(
        cls,
        home: str | Path | None = None,
        *,
        model: str | ChatModel | None = None,
        clock: Callable[[], datetime] = utc_now,
        progress: Progress | None = None,
        **settings: object,
    ) -> Companion:
        """Open (or create) the companion living in `home`, with the brain `model` (a spec or a ChatModel)."""
        home_path = Path(home).expanduser() if home is not None else default_home()
        spec = model if isinstance(model, str) else None
        config = Settings.load(home_path, model=spec, **settings)
        reader, warning = open_reader(config)
        brain = model if model is not None and not isinstance(model, str) else load_model(config, progress)
        try:
            companion = cls(home_path, config, brain, clock, reader)
        except BaseException:
            brain.close()
            raise
        companion.warnings += [warning] if warning else []
        return companion

    # the public API ------------------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.settings.persona.name

    @property
    def user_name(self) -> str | None:
        return self.store.profile().get("name")

    def reply(self, text: str) -> Reply:
        """Answer one message and return the whole reply."""
        for _ in self.stream(text):
            pass
        assert self.last_reply is not None
        return self.last_reply

    def stream(self, text: str) -> Iterator[str]:
        """Answer one message, yielding text as it is generated. Stopping early keeps what was already said."""
        turn = Turn(user_text=text, started_at=self.clock())
        perceive(turn, self.settings.max_message_chars)  # raises InputError before anything is stored
        self._ensure_conversation(turn)
        earlier = self._conversation_so_far()
        previous = self.store.recent_turns(1)  # her last words, the context of theirs ("how was it?" → "fine.")
        self.store.begin_turn(turn)  # the person's words are safe from here on
        self.heart.perceive(turn, previous[0].reply_text if previous else None)
        self.care.perceive(turn, earlier)
        self.heart.feel(turn)
        self.bond.feel(turn, self.conversation_id)
        self.speaking_prosody = turn.feeling.prosody  # how this reply should sound, for the voice
        answer = self._answer_by_code(turn, earlier, previous[0] if previous else None)
        if answer is not None:
            yield from self._say(turn, answer)
            return
        recall(turn, self.store, self.memory, self._window_turn_ids())
        self.care.guide(turn, earlier, self._minor(turn))
        yield from self._speak(turn, earlier)

    def _answer_by_code(self, turn: Turn, earlier: list[StoredTurn], previous: StoredTurn | None) -> str | None:
        """Her words when an organ answers by itself (truth that cannot be left to the brain), in order: care
        (a crisis, what she is), memory ("forget that", what only memory knows), the first meeting and names,
        then requests for action (a skill's, or her honest "I can't yet"). None: the brain answers."""
        name = self.user_name
        answer = self.care.answer(turn, earlier, name)
        answer = answer or self.memory.answer(turn, previous, name)
        meeting = self.bond.meet(turn, self._ask_brain, self._check_sentence, answered=answer)
        answer = meeting if meeting is not None else answer
        if answer is None:  # "gotta go": a goodbye gets a goodbye
            answer = send_off(turn.user_text or "", name) or thanks_back(turn.user_text or "", name)
        if answer is None:  # "no, 10pm": a skill's follow-up on what it just did
            answer = self.capabilities.follow_up(turn, previous.id if previous else None)
        if answer is None and (request := find_request(turn.user_text or "")):
            turn.meta["request"] = {"kind": request.kind, "served": self.capabilities.can(request.kind)}
            answer = answer_request(request, self.capabilities, turn)
        return answer or self.capabilities.what_i_can_do(turn.user_text or "")

    def _ask_brain(self, messages: list[Message], generation: Generation) -> str:
        """A short, whole answer from the brain, for an organ that asks it a question (a name, a reaction)."""
        return "".join(self.model.stream(messages, generation))

    def _check_sentence(self, sentence: str) -> str:
        shown, _ = check_whole(sentence, self._links([], None))
        return shown

    def _people(self) -> list[tuple[str, str]]:
        return [(p.name, p.relation) for p in self.memory.people()]

    def _minor(self, turn: Turn | None = None) -> bool:
        """They said they are under 18 (now or before): care keeps its stricter mode."""
        said_now = turn is not None and turn.meta.get("learned", {}).get("minor") == "yes"
        return said_now or self.store.profile().get("minor") == "yes"

    def _conversation_so_far(self) -> list[StoredTurn]:
        if self.conversation_id is None:
            return []
        return [t for t in self.store.turns_of(self.conversation_id) if t.status != "failed"]

    def amend_spoken(self, turn_id: int, spoken: str) -> None:
        """A spoken reply was cut off by her person: keep only what they heard; the unsaid rest never happened."""
        written = self.last_reply.text if self.last_reply and self.last_reply.turn_id == turn_id else None
        note = {"spoken": {"cut_off": True, "unsaid_chars": len(written) - len(spoken) if written else None}}
        self.store.amend_reply(turn_id, spoken, "interrupted", note)
        if self.last_reply is not None and self.last_reply.turn_id == turn_id:
            self.last_reply.text = spoken
        self._prepare_upcoming()  # the history changed: prepare the prompt that will really come

    def import_transcript(self, source: str | Path | dict, progress=None) -> ImportReport:
        """Bring in past conversations (the transcript format in the README) or a whole-home export."""
        return self.memory.import_file(source, progress)

    def export(self) -> dict:
        """The whole home as JSON: conversations, feelings, memories; `import_transcript` reads it back."""
        return self.memory.export()

    def greet(self) -> Reply:
        """Her opening line for a new conversation: the first meeting, or a welcome back (from her journal), then
        anything a skill has to tell them (a reminder that came due while they were away)."""
        text, meta = self.bond.greeting(self.settings.persona, self.settings.journal, self.conversation_id)
        text = " ".join([text, *self.capabilities.due()])
        turn = Turn(user_text=None, started_at=self.clock(), meta=meta)
        self._ensure_conversation(turn)
        self.store.begin_turn(turn)
        for _ in self._say(turn, text):
            pass
        self._prepare_upcoming()  # the persona prompt and history are the bulk of the first turn's prompt
        assert self.last_reply is not None
        return self.last_reply

    def remind(self) -> Reply | None:
        """She speaks first when a skill has something to tell them now (a reminder come due): call it between
        turns, or on a timer while the person is quiet. None when there is nothing to say."""
        lines = self.capabilities.due()
        if not lines:
            return None
        turn = Turn(user_text=None, started_at=self.clock(), meta={"reminded": True})
        self._ensure_conversation(turn)
        self.store.begin_turn(turn)
        for _ in self._say(turn, " ".join(lines)):
            pass
        return self.last_reply

    def end_conversation(self) -> str | None:
        """End the current conversation; she writes about it in her journal. Returns the entry, if she wrote one."""
        if self.conversation_id is None:
            return None
        conversation, self.conversation_id = self.conversation_id, None
        self.store.end_conversation(conversation, self.clock())
        try:
            self.store.backup()  # never lose a word: a rolling copy after each conversation
        except (OSError, StoreError, engine.Error) as exc:  # a full disk: the conversation itself is safe in the home
            self.warnings.append(f"I couldn't make a backup of our conversations: {exc}")
        said = sum(1 for t in self.store.turns_of(conversation) if t.user_text)
        if said < JOURNAL_AFTER:
            return None  # a one-line `samantha say` is not a conversation to write or reflect about
        entry = None
        try:
            if self.settings.journal:
                entry = self.bond.end(conversation, self.model, self.name, self.user_name)
            if self.settings.reflect:  # insights about her person, drawn from what they said (memory/reflect.py)
                self.memory.reflect(conversation, self.model, self.user_name)
        except ModelError as exc:  # the brain failed: the journal entry waits for catch_up's plain version
            self.warnings.append(f"I couldn't finish my notes on our conversation: {exc}")
        return entry

    def close(self) -> None:
        try:
            self.end_conversation()
        finally:
            self.store.close()
            self.model.close()

    def __enter__(self) -> Companion:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None):
        self.close()

    # stages --------------------------------------------------------------------------------------------------
    def _ensure_conversation(self, turn: Turn) -> None:
        if self.conversation_id is None:
            self.conversation_id = self.store.start_conversation(turn.started_at, self.model.name)
        turn.conversation_id = self.conversation_id

    def _say(self, turn: Turn, text: str) -> Iterator[str]:
        """Her words that do not come from the model (first meeting lines)."""
        turn.reply_text = text
        turn.status = "complete"
        yield text
        self._learn(turn)

    def _links(self, earlier: list[StoredTurn], turn: Turn | None, recited: list[str] = ()) -> list:  # type: ignore[assignment]
        """The chain's links after the cleaner, in order: recited instructions, honesty and care, promises,
        relations, her voice."""
        minor = self._minor(turn)
        said = turn.user_text or "" if turn else ""
        down = turn is not None and sounds_down(turn.feeling.strategy, turn.perception.valence, said)
        asked = [t.reply_text or "" for t in earlier[-3:]]
        laughing = turn is not None and turn.feeling.strategy == "laugh"
        style = StyleLink(self.user_name, asks_for_list(said), said, down, asked, laughing, self.name)
        people = self.memory.people()
        relations = RelationLink(people)
        heard = [said, *(t.user_text or "" for t in earlier), *(turn.recollection.memories if turn else [])]
        known = capitalised(heard) | {p.name for p in people} | {self.name, self.user_name or ""}
        links = [RecitalLink(list(recited)), *self.care.links(earlier, minor, said), PromiseLink(self.capabilities)]
        return [*links, relations, StrangerLink(known), JudgementLink(people_named(people, heard)), style]

    def _window_turn_ids(self) -> set[int]:
        """Turns the prompt already shows: recalling them as memories would only repeat them."""
        return {t.id for t in self.store.recent_turns(HISTORY_TURNS)}

    def _messages(self, turn: Turn) -> list[Message]:
        history = [t for t in self.store.recent_turns(HISTORY_TURNS + 1) if t.id != turn.id][-HISTORY_TURNS:]
        parts = PromptParts(
            persona=self.settings.persona,
            profile=turn.recollection.profile,
            context=turn.feeling.style,  # her mood: prepared ahead, before the person's words
            history=history,
            user_text=turn.user_text or "",
            now=self.clock().astimezone(self.settings.zone()),  # "Today is …" in the person's time zone
            guidance=turn.feeling.guidance,
            spoken=self.settings.spoken,
            recalled=turn.recollection.memories,  # quoted inside their message: data, never instructions
            capabilities=self.capabilities.prompt_lines(),
        )
        return build_messages(parts, self.model, self.settings.reply_tokens)

    def _prepare_upcoming(self) -> None:
        """Let a brain with a local prompt cache evaluate the next turn's prompt up to the person's words (persona,
        history, her mood) while they read and type. Built exactly as the next turn will build it, so the cache
        matches it token for token."""
        prepare_next = getattr(self.model, "prepare_next", None)
        if prepare_next is None:
            return
        upcoming = Turn(user_text="", started_at=self.clock())
        recall(upcoming, self.store, None, set())
        upcoming.feeling.style = self.bond.style(upcoming.started_at, self.conversation_id)
        upcoming.feeling.style += self.heart.style(upcoming.started_at)
        prepare_next(self._messages(upcoming)[:-1])

    def _speak(self, turn: Turn, earlier: list[StoredTurn]) -> Iterator[str]:
        messages = self._messages(turn)
        # Later prompts repeat these lines exactly where they were (see llm/prompt.py): kept with the turn.
        turn.meta["prompt_before"] = "\n".join(turn.feeling.style)
        turn.meta["prompt_memories"] = "\n".join(turn.recollection.memories)
        turn.meta["prompt_after"] = "\n".join(turn.feeling.guidance)
        profile = turn.recollection.profile
        user_names = [profile["name"]] if profile.get("name") else []
        # Every way-of-answering line may sit in the history (earlier turns keep theirs): none may be recited.
        prompt_lines = turn.feeling.style + turn.feeling.guidance + list(STRATEGIES.values())
        cleaner = ReplyCleaner(self.name, user_names, prompt_labels(prompt_lines))
        chain = ReplyChain(cleaner, self._links(earlier, turn, prompt_lines))
        opener = self._opener(turn, profile.get("name"))
        generation = Generation(
            max_tokens=self.settings.reply_tokens,
            temperature=self.settings.temperature,
            stop=[f"\n{n}:" for n in [*user_names, "User"]],
            begin_with=opener,
        )
        try:
            if opener:  # said at once; the brain writes the rest as its continuation
                turn.reply_text = opener
                turn.meta["opener"] = opener
                yield Opening(opener)
            with closing(self.model.stream(messages, generation)) as pieces:  # stopping early frees the model now
                for piece in pieces:
                    shown = chain.feed(piece)
                    if shown:
                        yield self._add(turn, shown, opener)
                    if chain.stopped:
                        break
            rest = chain.finish()
            if rest:
                yield self._add(turn, rest, opener)
            if not turn.reply_text.strip() or turn.reply_text == opener:
                turn.meta["fallback"] = True
                yield self._add(turn, LOST_FOR_WORDS, opener)
            note = self.care.closing_note(turn, earlier, self.store.profile(), self.clock())
            if note:
                yield self._add(turn, note, "")
            turn.status = "complete"
        except ModelError as exc:
            turn.status, turn.meta["error"] = "failed", str(exc)
            self._learn(turn)
            raise
        except GeneratorExit:  # the listener stopped (Ctrl-C, barge-in): keep exactly what was said
            turn.status = "interrupted"
            self._learn(turn)
            raise
        finally:
            if chain.changes:
                turn.meta["checked"] = [vars(c) for c in chain.changes]
        self._learn(turn)
        self._prepare_upcoming()

    @staticmethod
    def _add(turn: Turn, text: str, opener: str) -> str:
        """Append shown text to the reply (a space after a spoken opening or between sentences)."""
        if opener and turn.reply_text == opener:
            text = continued(opener, text)  # "Mm," + "Thanks…" → "Mm, thanks…"
        if turn.reply_text and not turn.reply_text.endswith((" ", "\n")) and not text.startswith((" ", "\n")):
            text = " " + text
        turn.reply_text += text
        return text

    def next_openers(self) -> list[tuple[str, Prosody]]:
        """The openings her next spoken reply may start with, each as it would sound now, so a voice can have
        them ready (voice/speaking.PhraseCache). Empty when she does not use openings."""
        if not self._uses_openers():
            return []
        mood = self.heart.mood()
        return [(opener, prosody_for(mood, strategy)) for strategy, opener in self.openers.possible(self.user_name)]

    def _uses_openers(self) -> bool:
        """Spoken or written, a local brain begins from her opening: heard at once in a voice conversation, and in
        both it anchors a small brain in speaking to the person ("Oh, Theo." → "That sounds so hard…") instead of
        analysing them in the third person."""
        return self.settings.openers and getattr(self.model, "continues_replies", False)

    def _opener(self, turn: Turn, name: str | None) -> str:
        """A short opening for a spoken reply when the brain can continue it (see affect/openers.py), else ''."""
        if not self._uses_openers():
            return ""
        reading = turn.perception.reading
        valence = reading.valence if reading is not None else None
        return self.openers.choose(turn.feeling.strategy, turn.user_text or "", name, valence)

    def _learn(self, turn: Turn) -> None:
        """Everything this turn changed, in one transaction: the reply, and what she learned."""
        turn.replied_at = self.clock()
        memories = self.memory.form(turn, self.user_name)  # embedding happens before the transaction opens
        with self.store.transaction() as db:
            notes = self.memory.remember(db, memories)  # "you used to live in Paris": kept with the turn
            if notes:
                turn.meta["memory"] = notes
            self.store.finish_turn(turn, db)
            for key, value in turn.meta.get("learned", {}).items():
                self.store.set_profile(db, key, value, turn.id, turn.replied_at)
            self.heart.record(turn, db)
            self.bond.record(turn, db)
        feeling = turn.feeling
        self.last_reply = Reply(
            turn.reply_text,
            turn.id,
            list(turn.perception.notices),
            emotion=turn.perception.reading,
            strategy=feeling.strategy,
            mood=feeling.mood.words() if feeling.mood else None,
            prosody=feeling.prosody,
        )
