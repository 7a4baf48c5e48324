package dev.engram.api.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Serves the OpenAPI document at {@code /openapi/engram.yml} as {@link ServedDocument} prepares it
 * (public operations marked {@code security: []}); other files under {@code /openapi/} stay static
 * resources.
 */
@Hidden
@Controller("/openapi")
@Secured(SecurityRule.IS_ANONYMOUS)
final class OpenApiDocumentController {
  private volatile String document;

  @Get(value = "/engram.yml", produces = MediaType.APPLICATION_YAML)
  HttpResponse<String> document() {
    String text = document;
    if (text == null) {
      text = ServedDocument.load();
      document = text;
    }
    return HttpResponse.ok(text).contentType(MediaType.APPLICATION_YAML_TYPE);
  }
}
