package dev.engram.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextTest {
  @TempDir Path home;

  private Context context(Map<String, String> env) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("HOME", home.toString());
    return new Context(
        all,
        new PrintStream(PrintStream.nullOutputStream()),
        System.err,
        new ByteArrayInputStream(new byte[0]));
  }

  private static ClientOptions options(String... args) {
    ClientOptions options = new ClientOptions();
    new picocli.CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void anOptionWinsOverTheEnvironmentWhichWinsOverTheProfileFile() throws IOException {
    Files.createDirectories(home.resolve(".engram"));
    Files.writeString(
        home.resolve(".engram/cli.properties"),
        "url=http://file:1\napi_key=eng_file\nprod.url=http://prod:2\nprod.api_key=eng_prod\n");

    assertThat(context(Map.of()).settings(options()))
        .isEqualTo(
            new Context.Settings(
                "http://file:1",
                java.util.Optional.of("eng_file"),
                home.resolve(".engram/cli.properties").toString()));
    assertThat(context(Map.of("ENGRAM_PROFILE", "prod")).settings(options()).url())
        .isEqualTo("http://prod:2");
    Context.Settings env =
        context(Map.of("ENGRAM_URL", "http://env:3", "ENGRAM_API_KEY", "eng_env"))
            .settings(options());
    assertThat(env.url()).isEqualTo("http://env:3");
    assertThat(env.apiKey()).contains("eng_env");
    assertThat(env.source()).isEqualTo("ENGRAM_URL");
    Context.Settings option =
        context(Map.of("ENGRAM_URL", "http://env:3"))
            .settings(options("--url", "http://opt:4", "--api-key", "eng_opt"));
    assertThat(option.url()).isEqualTo("http://opt:4");
    assertThat(option.apiKey()).contains("eng_opt");
    assertThat(option.source()).isEqualTo("--url");
  }

  @Test
  void withoutAnySettingTheDefaultsApply() {
    Context.Settings settings = context(Map.of()).settings(options());
    assertThat(settings.url()).isEqualTo("http://localhost:8080");
    assertThat(settings.apiKey()).isEmpty();
    assertThat(settings.source()).isEqualTo("default");
    assertThat(context(Map.of()).engramHome()).isEqualTo(home.resolve(".engram"));
  }
}
