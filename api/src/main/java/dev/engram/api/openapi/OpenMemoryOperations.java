package dev.engram.api.openapi;

import dev.engram.api.error.OpenMemoryError;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * In the OpenAPI document, every operation of the annotated controller belongs to the OpenMemory
 * API ({@code /api/v1}, {@code /memory}): an API key of the app, as on {@code /v1}; errors in
 * OpenMemory's own envelope. Any one of the security schemes {@code apiKey}, {@code bearer}
 * authenticates. Errors answer {@code 4XX}/{@code 5XX} with the {@code OpenMemoryError} schema.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SecurityRequirement(name = "apiKey")
@SecurityRequirement(name = "bearer")
@ApiResponse(
    responseCode = "4XX",
    description = OpenApiText.CLIENT_ERROR,
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = OpenMemoryError.class)))
@ApiResponse(
    responseCode = "5XX",
    description = OpenApiText.SERVER_ERROR,
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = OpenMemoryError.class)))
public @interface OpenMemoryOperations {}
