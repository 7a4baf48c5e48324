package dev.engram.sdk.model;

/** A related memory and the relation to it ({@code direction}: outgoing or incoming). */
public record Related(Relation relation, String direction, Memory memory) {}
