package dev.engram.api.compat.elevenlabs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata a post-call webhook attaches to the memories drawn from the call. */
class CallMetadataTest {
  @Test
  void theCallsOwnFieldsWhenElevenLabsSendsThem() {
    Map<String, Object> request =
        Map.of(
            "type",
            "post_call_transcription",
            "event_timestamp",
            1739537297,
            "data",
            Map.of(
                "conversation_id",
                "conv_1",
                "status",
                "done",
                "metadata",
                Map.of(
                    "start_time_unix_secs",
                    1739537100,
                    "call_duration_secs",
                    187,
                    "phone_call",
                    Map.of("call_sid", "CA42", "direction", "outbound"))));

    assertThat(ElevenLabsWebhookController.callMetadata(request, "agent_7"))
        .containsExactly(
            Map.entry("source", "elevenlabs_post_call"),
            Map.entry("conversation_id", "conv_1"),
            Map.entry("agent_id", "agent_7"),
            Map.entry("call_time", "2025-02-14T12:45:00Z"),
            Map.entry("call_duration_secs", 187L),
            Map.entry("call_status", "done"),
            Map.entry("call_sid", "CA42"),
            Map.entry("call_direction", "outbound"));
  }

  @Test
  void theEventsTimeAndTheSeedsDurationOtherwiseAndNothingAbsentOrMalformed() {
    Map<String, Object> request =
        Map.of(
            "event_timestamp",
            1739537297,
            "data",
            Map.of(
                "conversation_id",
                "conv_2",
                "duration",
                120,
                "metadata",
                Map.of("start_time_unix_secs", "yesterday", "phone_call", "not a map")));

    assertThat(ElevenLabsWebhookController.callMetadata(request, null))
        .containsExactly(
            Map.entry("source", "elevenlabs_post_call"),
            Map.entry("conversation_id", "conv_2"),
            Map.entry("call_time", "2025-02-14T12:48:17Z"),
            Map.entry("call_duration_secs", 120L));
  }
}
