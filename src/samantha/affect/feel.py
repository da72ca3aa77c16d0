"""The Heart: her affective life across turns — reading the person, appraising, keeping and expressing the mood.

    heart.perceive(turn)  the person's emotion, read with her last words as context   (perceive stage)
    heart.feel(turn)      appraisal → episodes → mood (decayed, bounded) → strategy, prompt lines, prosody
    heart.record(turn,db) perception, episodes and the new mood, inside the turn's one transaction (learn stage)

Without a reader (the embedder could not load) she still appraises silence and the words' plain signals
(thanks, insults), and says once why her perception is off.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from samantha.affect.appraise import appraise
from samantha.affect.express import STRATEGIES, choose_strategy, mood_line, prosody_for
from samantha.affect.mood import PAD, Mood
from samantha.affect.reader import Emotion, EmotionReader
from samantha.store import EpisodeRow, MoodRow, Store
from samantha.turn import Turn

log = logging.getLogger(__name__)


class Heart:
    def __init__(self, store: Store, reader: EmotionReader | None, clock: Callable[[], datetime]):
        self.store = store
        self.reader = reader
        self.clock = clock

    def mood(self, now: datetime | None = None) -> Mood:
        """Her mood now: the last stored one, decayed to `now` (her temperament if she has none yet)."""
        now = now or self.clock()
        row = self.store.latest_mood()
        if row is None:
            return Mood.initial(now)
        return Mood(PAD(row.pleasure, row.arousal, row.dominance), row.at, row.reason).decay(now)

    def perceive(self, turn: Turn, context: str | None) -> None:
        if self.reader is None or not turn.user_text:
            return
        try:
            reading = self.reader.read(turn.user_text, context=context)
        except Exception as exc:  # the reader never raises on text; a runtime failure must not cost the turn
            log.warning("emotion reading failed: %s", exc)
            return
        turn.perception.reading = reading
        turn.perception.labels = reading.labels
        turn.perception.valence, turn.perception.arousal = reading.valence, reading.arousal

    def feel(self, turn: Turn) -> None:
        now = turn.started_at
        last = self.store.last_words_at(turn.id)
        silence = now - last if last is not None else None
        reading: Emotion | None = turn.perception.reading
        episodes = appraise(reading, turn.user_text or "", silence)
        before = self.mood(now)
        mood = before.feel(episodes, now)
        strategy = choose_strategy(reading, turn.user_text or "", episodes)
        feeling = turn.feeling
        feeling.mood, feeling.episodes, feeling.strategy = mood, episodes, strategy
        # Her mood so far colours the prompt before the message: it is known while the person is still typing,
        # so the llama.cpp brain can evaluate it ahead (see Companion._prepare_upcoming). Her reaction to this
        # message shows through the strategy line after it, and through her mood from the next turn on.
        feeling.style = self.style(now)
        feeling.guidance = [STRATEGIES[strategy]] if strategy != "converse" else []
        feeling.prosody = prosody_for(mood, strategy)

    def style(self, now: datetime) -> list[str]:
        """The prompt lines her current mood contributes (the same before and during a turn: cache-friendly)."""
        return [mood_line(self.mood(now))]

    def record(self, turn: Turn, db: sqlite3.Connection) -> None:
        """Store what this turn felt; call inside the turn's transaction so it commits with the reply."""
        if turn.id is None:
            return
        reading: Emotion | None = turn.perception.reading
        if reading is not None:
            present = {name: reading.labels[name] for name in reading.present}
            self.store.save_perception(db, turn.id, reading.valence, reading.arousal, reading.confidence, present)
        feeling = turn.feeling
        for e in feeling.episodes:
            self.store.add_episode(db, EpisodeRow(turn.started_at, e.emotion, e.intensity, e.reason, turn.id))
        if feeling.mood is not None and feeling.episodes:  # a mood row only when something moved her
            p, a, d = feeling.mood.state.as_tuple()
            self.store.add_mood(db, MoodRow(feeling.mood.at, p, a, d, feeling.mood.reason, turn.id))
