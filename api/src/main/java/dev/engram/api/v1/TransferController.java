package dev.engram.api.v1;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.stream.ExportStream;
import dev.engram.memory.transfer.ImportSummary;
import dev.engram.memory.transfer.MemoryTransfer;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** The app's memories with their history as NDJSON, out and back in (idempotent by id). */
@ApiKeyOperations
@Controller("/v1")
@Tag(name = "Export and import")
final class TransferController {
  private static final MediaType NDJSON = MediaType.of("application/x-ndjson");
  private final MemoryTransfer transfer;
  private final ExecutorService writers;

  /** Export lines are written on the blocking executor while Netty streams them out. */
  TransferController(
      MemoryTransfer transfer, @Named(TaskExecutors.BLOCKING) ExecutorService writers) {
    this.transfer = transfer;
    this.writers = writers;
  }

  @Serdeable
  record ImportResponse(
      long lines,
      long imported,
      long skipped,
      long reembedded,
      long relations,
      long failed,
      List<ImportErrorView> errors) {
    static ImportResponse of(ImportSummary s) {
      return new ImportResponse(
          s.lines(),
          s.imported(),
          s.skipped(),
          s.reembedded(),
          s.relations(),
          s.failed(),
          s.errors().stream()
              .map(e -> new ImportErrorView(e.line(), e.field(), e.code(), e.message()))
              .toList());
    }
  }

  /** Why one line was not imported: its number (from 1), the field at fault, a code, a message. */
  @Serdeable
  record ImportErrorView(long line, @Nullable String field, String code, String message) {}

  /** Streams every memory of the app (all users, all statuses) with its events and relations. */
  @Operation(operationId = "exportMemories")
  @Get("/export")
  @Produces("application/x-ndjson")
  @Secured("admin")
  HttpResponse<StreamedFile> export(@Parameter(hidden = true) AppScope scope) {
    ExportStream in =
        ExportStream.start(
            writers, "export of app " + scope.appId(), out -> transfer.export(scope.appId(), out));
    return HttpResponse.ok(new StreamedFile(in, NDJSON))
        .header(
            "Content-Disposition", "attachment; filename=\"engram-" + scope.appId() + ".ndjson\"");
  }

  /**
   * Reads lines as written by the export; memories already present are skipped. Each line is
   * checked like a write through the API; bad lines are reported and the others imported. The body
   * is read whole, so a body over {@code micronaut.server.max-request-size} is refused with 413
   * before it is read.
   */
  @Operation(operationId = "importMemories")
  @Post("/import")
  @Consumes({"application/x-ndjson", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Secured("admin")
  ImportResponse importMemories(@Parameter(hidden = true) AppScope scope, @Body byte[] body) {
    return ImportResponse.of(
        transfer.importFrom(scope.appId(), scope.keyId(), new ByteArrayInputStream(body)));
  }
}
