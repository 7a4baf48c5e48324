package dev.engram.analytics.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first page of the executive report's HTML rendered to PNG by headless Debian chromium
 * (skipped when /usr/bin/chromium is absent): the image has the window's size, is not blank, and
 * shows the charts' blue series and the heading's text pixels. The PNG, HTML and PDF are kept in
 * target/report-screenshots for a look.
 */
class ReportHtmlScreenshotTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final int WIDTH = 900;
  private static final int HEIGHT = 1400;

  @Test
  void chromiumRendersTheExecutiveReport(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at /usr/bin/chromium");
    Report report =
        SampleReports.executive(
            SampleReports.app("app-1", "Shop", 20), SampleReports.app("app-2", "Support", 10));
    Path html = dir.resolve("report.html");
    Files.write(html, ReportHtml.render(report));
    Path png = dir.resolve("report.png");
    Process chromium =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--screenshot=" + png,
                html.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s");
    }
    assertThat(png).as(Files.readString(dir.resolve("chromium.log"))).exists();
    Path kept = Path.of("target", "report-screenshots");
    Files.createDirectories(kept);
    Files.copy(
        png, kept.resolve("executive.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        html, kept.resolve("executive.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.write(kept.resolve("executive.pdf"), ReportPdf.render(report));
    BufferedImage image = read(png);
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    long dark = 0;
    long blue = 0;
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 200) {
          dark++;
        }
        if (Math.abs(r - 0x25) < 24 && Math.abs(g - 0x63) < 24 && Math.abs(b - 0xeb) < 24) {
          blue++;
        }
      }
    }
    long pixels = (long) WIDTH * HEIGHT;
    assertThat(dark).as("text pixels").isGreaterThan(pixels / 200);
    assertThat(dark).as("not a black page").isLessThan(pixels / 2);
    assertThat(blue).as("chart and heading rule pixels").isGreaterThan(1000);
  }

  private static BufferedImage read(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG").isNotNull();
    return image;
  }
}
