package dev.engram.api.console;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web console: the static files of the {@code admin-ui} jar at {@code /admin}. Paths that name
 * no file are routes of the single-page application and get its {@code index.html}, so deep links
 * survive a reload. Hashed assets are cached for a year; {@code index.html} is revalidated.
 */
@Controller("/admin")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class ConsolePages {
  static final String ROOT = "classpath:engram-admin/";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._/-]+");
  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String REVALIDATE = "no-cache";

  private final ResourceResolver resources;

  ConsolePages(ResourceResolver resources) {
    this.resources = resources;
  }

  @Get
  HttpResponse<?> index() {
    return page();
  }

  @Get("/{+path}")
  HttpResponse<?> file(@PathVariable String path) {
    if (path.startsWith("v1/") || path.equals("v1")) {
      return HttpResponse.notFound(); // an unknown console API path, not a page
    }
    if (SAFE.matcher(path).matches() && !path.contains("..") && lastSegmentHasDot(path)) {
      Optional<URL> url = resources.getResource(ROOT + path).filter(ConsolePages::isFile);
      if (url.isPresent()) {
        return HttpResponse.ok(new StreamedFile(url.get()))
            .header("Cache-Control", path.startsWith("assets/") ? IMMUTABLE : REVALIDATE);
      }
      if (path.startsWith("assets/")) {
        return HttpResponse.notFound(); // a stale asset name: no page would help
      }
    }
    return page();
  }

  private MutableHttpResponse<?> page() {
    return resources
        .getResource(ROOT + "index.html")
        .<MutableHttpResponse<?>>map(
            url -> HttpResponse.ok(new StreamedFile(url)).header("Cache-Control", REVALIDATE))
        .orElseGet(
            () ->
                HttpResponse.notFound(
                    "The web console is not part of this build (module admin-ui)."));
  }

  private static boolean lastSegmentHasDot(String path) {
    return path.substring(path.lastIndexOf('/') + 1).contains(".");
  }

  private static boolean isFile(URL url) {
    if (!"file".equals(url.getProtocol())) {
      return !url.getPath().endsWith("/");
    }
    try {
      return Files.isRegularFile(Path.of(url.toURI()));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
