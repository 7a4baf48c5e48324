/**
 * Annotations that describe the controllers in the OpenAPI document (security requirement and error
 * schema per API family). {@code OpenApiDocumentIT} checks the document they produce.
 */
package dev.engram.api.openapi;
