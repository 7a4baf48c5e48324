package dev.engram.memory.entity;

/** An entity of a user and how many of the user's active memories name it. */
public record EntityCount(String key, String name, EntityKind kind, long memories) {}
