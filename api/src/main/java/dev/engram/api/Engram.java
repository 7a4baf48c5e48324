package dev.engram.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the Engram platform. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Engram",
            version = "0.1",
            description =
                "Long-term memory for AI agents. Native API under /v1 (API key: 'Authorization:"
                    + " Bearer eng_…' or 'X-API-Key'); console API under /admin/v1 (JWT from POST"
                    + " /admin/v1/login)."),
    security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(
    name = "apiKey",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = "X-API-Key")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public final class Engram {
  private Engram() {}

  public static void main(String[] args) {
    Micronaut.build(args).banner(false).start();
  }
}
