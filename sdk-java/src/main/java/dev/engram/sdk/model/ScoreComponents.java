package dev.engram.sdk.model;

/** The parts of a search hit's composite score. */
public record ScoreComponents(
    double similarity,
    double keyword,
    double recencyBoost,
    double importanceBoost,
    double reinforcementBoost,
    double accessBoost,
    double feedbackBoost,
    double retention) {}
