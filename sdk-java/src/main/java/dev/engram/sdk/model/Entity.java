package dev.engram.sdk.model;

/**
 * An entity a user's memories name (a person, place, organization, product or date) and how many of
 * the user's active memories name it.
 *
 * @param key the entity's key (its name folded: lower case, single spaces)
 * @param name the name as a memory wrote it
 * @param kind {@code person}, {@code place}, {@code organization}, {@code product} or {@code date}
 * @param memories how many active memories name it
 */
public record Entity(String key, String name, String kind, long memories) {}
