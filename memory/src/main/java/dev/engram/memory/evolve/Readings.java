package dev.engram.memory.evolve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the rules read of a text ({@link Statement#parse}, {@link Slot#of}), read once per unit of
 * work: a resolved batch compares each of its statements with the nearest memories of the same
 * user, mostly the same few, and each earlier statement of the batch is a candidate of the later
 * ones, so the same texts were parsed again for every statement. Both readings are functions of the
 * text alone, so a reading kept for the unit is the one a new parse gives.
 *
 * <p>Kept only while {@link #during} runs, on its thread (a {@link ScopedValue}); outside it, every
 * call parses. Nothing outlives the unit: no bound to tune, no text of one unit kept for another.
 */
final class Readings {
  private static final ScopedValue<Readings> CURRENT = ScopedValue.newInstance();

  private final Map<String, String> sentences = new HashMap<>();
  private final Map<String, Statement> statements = new HashMap<>();
  private final Map<String, Optional<Slot>> slots = new HashMap<>();

  private Readings() {}

  /** Runs {@code work} with the readings it makes kept until it returns (nested: the outer's). */
  static <T> T during(Supplier<T> work) {
    if (CURRENT.isBound()) {
      return work.get();
    }
    return ScopedValue.where(CURRENT, new Readings()).call(work::get);
  }

  /**
   * {@link Notes#sentence} of the text: a note in the sentence form the rules read, once per unit.
   */
  static String sentence(String text) {
    if (!CURRENT.isBound()) {
      return Notes.sentence(text);
    }
    return read(CURRENT.get().sentences, text, Notes::sentence);
  }

  /** {@link Statement#parse} of the text as a sentence ({@link Notes}), once per unit of work. */
  static Statement statement(String text) {
    if (!CURRENT.isBound()) {
      return parse(text);
    }
    return read(CURRENT.get().statements, text, Readings::parse);
  }

  /** {@link Slot#of} the text as a sentence ({@link Notes}), once per unit of work. */
  static Optional<Slot> slot(String text) {
    if (!CURRENT.isBound()) {
      return slotOf(text);
    }
    return read(CURRENT.get().slots, text, Readings::slotOf);
  }

  private static Statement parse(String text) {
    return Statement.parse(sentence(text));
  }

  private static Optional<Slot> slotOf(String text) {
    return Slot.of(sentence(text));
  }

  /** The kept reading, else a new one kept (not computeIfAbsent: a reading may read others). */
  private static <R> R read(Map<String, R> kept, String text, Function<String, R> reader) {
    R reading = kept.get(text);
    if (reading == null) {
      reading = reader.apply(text);
      kept.put(text, reading);
    }
    return reading;
  }
}
