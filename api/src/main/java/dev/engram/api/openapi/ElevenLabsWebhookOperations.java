package dev.engram.api.openapi;

import dev.engram.api.error.ApiError;
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
 * In the OpenAPI document, every operation of the annotated controller belongs to ElevenLabs'
 * webhooks: no API key; each request is signed with the app's webhook secret ({@code
 * ElevenLabs-Signature}). Any one of the security schemes {@code elevenLabsSignature}
 * authenticates. Errors answer {@code 4XX}/{@code 5XX} with the {@code ApiError.Body} schema.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SecurityRequirement(name = "elevenLabsSignature")
@ApiResponse(
    responseCode = "4XX",
    description = OpenApiText.CLIENT_ERROR,
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiError.Body.class)))
@ApiResponse(
    responseCode = "5XX",
    description = OpenApiText.SERVER_ERROR,
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiError.Body.class)))
public @interface ElevenLabsWebhookOperations {}
