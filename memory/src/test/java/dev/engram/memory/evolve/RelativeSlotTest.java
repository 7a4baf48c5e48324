package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.api.Test;

/**
 * A relative named right after the subject's possessive has single-valued slots of their own
 * ({@link Slot}): "User's mother works as a nurse" and "User's mother retired" fill her occupation.
 * Sentences written for this test, not taken from any evaluation set.
 */
class RelativeSlotTest {

  @Test
  void aRelativesOccupationIsTheirs() {
    Slot slot = Slot.of("User's mother works as a nurse").orElseThrow();
    assertThat(slot.subject()).isEqualTo("user mother");
    assertThat(slot.attribute()).isEqualTo(Slot.OCCUPATION);
    assertThat(Slot.of("User's mother retired last spring").orElseThrow().changes()).isTrue();
  }

  @Test
  void twoRelativesHaveTwoSlots() {
    assertThat(
            Slot.shared(
                Slot.of("User's mother works as a nurse"), Slot.of("User's aunt retired in 2020")))
        .isFalse();
  }

  @Test
  void anotherPersonAfterTheRelativeFillsNoSlot() {
    assertThat(Slot.of("User's mother works with her sister at a bakery")).isEmpty();
  }

  @Test
  void aPartnerIsTheUsersRelationshipStatus() {
    assertThat(Slot.of("User's wife is called Ana").orElseThrow().attribute())
        .isEqualTo(Slot.RELATIONSHIP);
  }

  @Test
  void theUsersOwnSlotIsUnchanged() {
    assertThat(Slot.of("User works as a nurse").orElseThrow().subject()).isEqualTo("user");
  }

  @Test
  void aRelativeRetiringEndsTheirJob() {
    assertThat(
            decide("User's mother works as a nurse", "User's mother retired in 2021", 0.55)
                .action())
        .isEqualTo(Action.UPDATE);
  }

  @Test
  void anotherRelativeRetiringEndsNothing() {
    assertThat(
            decide("User's mother works as a nurse", "User's uncle retired in 2021", 0.55).action())
        .isEqualTo(Action.ADD);
  }
}
