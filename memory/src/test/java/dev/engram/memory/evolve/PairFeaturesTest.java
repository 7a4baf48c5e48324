package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.evolve.PairFeatures.Fallback;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The features the learned pair model reads of a pair: each one a general measure the rules compute
 * for any statement. Sentences written for this test, not taken from any evaluation set.
 */
class PairFeaturesTest {

  private static double feature(
      String existing, String incoming, double cosine, Fallback fallback, String name) {
    Statement a = Statement.parse(existing);
    Statement b = Statement.parse(incoming);
    double[] x =
        PairFeatures.of(
            Difference.of(a, b), a, b, cosine, Slot.of(existing), Slot.of(incoming), fallback);
    assertThat(x).hasSize(PairFeatures.NAMES.size());
    return x[PairFeatures.NAMES.indexOf(name)];
  }

  private static double feature(String existing, String incoming, String name) {
    return feature(existing, incoming, 0.6, Fallback.NO_ATTRIBUTE, name);
  }

  @Test
  void namesAreDistinct() {
    assertThat(PairFeatures.NAMES).doesNotHaveDuplicates();
  }

  @Test
  void cosineIsTakenAsGivenWithASecondSlopeAboveClose() {
    assertThat(
            feature("User bakes bread", "User rides a horse", 0.6, Fallback.NO_ATTRIBUTE, "cosine"))
        .isEqualTo(0.6);
    assertThat(
            feature(
                "User bakes bread",
                "User rides a horse",
                0.6,
                Fallback.NO_ATTRIBUTE,
                "cosine_above_close"))
        .isZero();
    assertThat(
            feature(
                "User bakes bread",
                "User rides a horse",
                0.9,
                Fallback.NO_ATTRIBUTE,
                "cosine_above_close"))
        .isCloseTo(0.15, within(1e-9));
  }

  @Test
  void sameWordsShareEverything() {
    assertThat(feature("User grows tomatoes", "User grows tomatoes", "jaccard")).isEqualTo(1.0);
    assertThat(feature("User grows tomatoes", "User grows tomatoes", "only_existing")).isZero();
    assertThat(feature("User grows tomatoes", "User grows tomatoes", "same_head")).isEqualTo(1.0);
  }

  @Test
  void wordsHeldAloneAreCountedEachSide() {
    double jaccard = feature("User grows tomatoes", "User grows chillies in pots", "jaccard");
    assertThat(jaccard).isGreaterThan(0).isLessThan(1);
    assertThat(feature("User grows tomatoes", "User grows chillies in pots", "only_incoming"))
        .isGreaterThan(
            feature("User grows tomatoes", "User grows chillies in pots", "only_existing"));
  }

  @Test
  void numbersReplacedInPlaceAreTyped() {
    String a = "User's rent is 900 euros";
    String b = "User's rent is 950 euros";
    assertThat(feature(a, b, "number_only_existing")).isEqualTo(1.0);
    assertThat(feature(a, b, "number_only_incoming")).isEqualTo(1.0);
    assertThat(feature(a, b, "number_replaced")).isEqualTo(1.0);
    assertThat(feature(a, b, "values_both_sides")).isEqualTo(1.0);
    assertThat(feature("User grows tomatoes", "User grows chillies", "number_replaced")).isZero();
  }

  @Test
  void aFlippedPolarityAndAChangeWordAreRead() {
    assertThat(feature("User eats fish", "User doesn't eat fish", "polarity_differs"))
        .isEqualTo(1.0);
    assertThat(feature("User eats fish", "User eats fish", "polarity_differs")).isZero();
    assertThat(feature("User drives a van", "User switched to a bicycle", "change_word"))
        .isEqualTo(1.0);
    assertThat(feature("User drives a van", "User rides a bicycle", "change_word")).isZero();
  }

  @Test
  void aChangeWordCarriesTheCosine() {
    assertThat(
            feature(
                "User drives a van",
                "User switched to a bicycle",
                0.55,
                Fallback.NO_ATTRIBUTE,
                "change_word_cosine"))
        .isEqualTo(0.55);
    assertThat(
            feature(
                "User drives a van",
                "User rides a bicycle",
                0.55,
                Fallback.NO_ATTRIBUTE,
                "change_word_cosine"))
        .isZero();
  }

  @Test
  void longStatementsAreToldAsLong() {
    String longer =
        "User spent the whole rainy weekend repainting the garden fence green with two old"
            + " friends from school and their neighbours";
    assertThat(feature("User bakes bread", longer, "words_incoming")).isEqualTo(1.0);
    assertThat(feature("User bakes bread", longer, "words_existing")).isLessThan(0.5);
  }

  @Test
  void aRelativeOnOneSideIsAPersonDiffering() {
    assertThat(feature("User plays chess", "User's uncle plays chess", "person_differs"))
        .isEqualTo(1.0);
    assertThat(feature("User plays chess", "User plays go", "person_differs")).isZero();
  }

  @Test
  void theDefaultReachedIsOneHot() {
    double sum = 0;
    for (String name : PairFeatures.NAMES) {
      if (name.startsWith("fallback_")) {
        sum += feature("User bakes bread", "User rides a horse", 0.5, Fallback.TOO_MUCH, name);
      }
    }
    assertThat(sum).isEqualTo(1.0);
    assertThat(
            feature(
                "User bakes bread",
                "User rides a horse",
                0.5,
                Fallback.TOO_MUCH,
                "fallback_too_much"))
        .isEqualTo(1.0);
  }

  @Test
  void aSlotBothFillIsShared() {
    assertThat(feature("User is a nurse", "User works as a pilot", "slot_shared")).isEqualTo(1.0);
    assertThat(feature("User bakes bread", "User rides a horse", "slot_either")).isZero();
    assertThat(Slot.of("User bakes bread")).isEqualTo(Optional.empty());
  }
}
