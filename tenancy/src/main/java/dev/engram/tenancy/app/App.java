package dev.engram.tenancy.app;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One isolated memory space inside an organization. */
@MappedEntity("apps")
public record App(
    @Id String id,
    String orgId,
    String name,
    @Nullable String description,
    Instant createdAt,
    Instant updatedAt) {}
