package dev.engram.memory.transfer;

import java.util.List;

/**
 * What an import did.
 *
 * @param lines lines read
 * @param imported memories stored
 * @param skipped memories already present (same id): an import can be repeated safely
 * @param reembedded imported memories whose vector came from another model and was recomputed
 * @param relations relations recorded
 * @param failed lines that could not be imported
 * @param errors the first errors (at most 100), each naming its line, field and code
 */
public record ImportSummary(
    long lines,
    long imported,
    long skipped,
    long reembedded,
    long relations,
    long failed,
    List<ImportError> errors) {}
