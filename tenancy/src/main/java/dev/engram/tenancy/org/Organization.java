package dev.engram.tenancy.org;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A tenant: owns apps and console users. */
@MappedEntity("organizations")
public record Organization(@Id String id, String name, Instant createdAt, Instant updatedAt) {}
