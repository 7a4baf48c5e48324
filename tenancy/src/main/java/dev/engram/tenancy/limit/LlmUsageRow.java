package dev.engram.tenancy.limit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** LLM-using requests of an organization on one UTC day (key: organization and day). */
@MappedEntity("llm_usage")
record LlmUsageRow(@Id String orgId, LocalDate usageDay, long calls) {}
