package dev.engram.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"seven,7", "fifteen,15", "forty,40", "thirty-four,34", "ninety-nine,99"})
  void aNumberWrittenInWordsHasItsDigits(String word, String digits) {
    assertThat(NumberWords.digits(word)).isEqualTo(digits);
  }

  @ParameterizedTest
  @ValueSource(strings = {"one", "ten-two", "seventeen-one", "twenty-something", "house", "12"})
  void otherWordsHaveNone(String word) {
    assertThat(NumberWords.digits(word)).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"a,1", "an,1", "one,1", "three,3", "ten,10", "12,12"})
  void aCountIsReadAsItsPatternMatchedIt(String word, int count) {
    Matcher matcher =
        Pattern.compile("\\b" + NumberWords.COUNT + " days ago").matcher(word + " days ago");

    assertThat(matcher.matches()).isTrue();
    assertThat(NumberWords.count(matcher.group(1))).isEqualTo(count);
  }

  @Test
  void aCountOfElevenOrMoreIsWrittenInDigits() {
    assertThat(Pattern.compile(NumberWords.COUNT).matcher("eleven").matches()).isFalse();
  }
}
