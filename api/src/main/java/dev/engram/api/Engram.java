package dev.engram.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the Engram platform. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Engram",
            version = "0.1",
            description =
                "Long-term memory for AI agents. Native API under /v1 (an API key: 'Authorization:"
                    + " Bearer eng_…' or 'X-API-Key'); console API under /admin/v1 (a console token"
                    + " from POST /admin/v1/login); the OpenMemory (/api/v1, /memory), mem0 (/mem0)"
                    + " and ElevenLabs (/webhooks/elevenlabs) compatible APIs. Every operation names"
                    + " its security (none: public) and answers errors as {\"error\": {status, code,"
                    + " message, field, request_id}}."))
@SecurityScheme(
    name = "apiKey",
    description = "An API key of the app (eng_…), in the X-API-Key header",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = "X-API-Key")
@SecurityScheme(
    name = "bearer",
    description = "An API key of the app (eng_…), as 'Authorization: Bearer eng_…'",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "eng_ API key")
@SecurityScheme(
    name = "consoleToken",
    description =
        "A console token (JWT) from POST /admin/v1/login or the configured Keycloak realm, as"
            + " 'Authorization: Bearer …'",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
@SecurityScheme(
    name = "mem0Token",
    description = "An API key of the app as mem0's clients send it: 'Authorization: Token eng_…'",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = "Authorization")
@SecurityScheme(
    name = "elevenLabsSignature",
    description =
        "ElevenLabs' HMAC signature of the request with the app's webhook secret"
            + " ('t=<unix time>,v0=<hex sha256>')",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = "ElevenLabs-Signature")
public final class Engram {
  private Engram() {}

  public static void main(String[] args) {
    Micronaut.build(args).banner(false).start();
  }
}
