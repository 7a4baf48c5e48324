package dev.engram.tenancy;

import java.util.regex.Pattern;

/** Validation of the human-chosen names of organizations, apps, keys and users. */
public final class Names {
  public static final int MAX_NAME = 100;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

  private Names() {}

  /** A trimmed display name of 1 to {@value #MAX_NAME} printable characters. */
  public static String requireName(String field, String value) {
    if (value == null || value.isBlank()) {
      throw TenancyException.invalid(field, "must not be blank");
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_NAME) {
      throw TenancyException.invalid(field, "must be at most " + MAX_NAME + " characters");
    }
    if (trimmed.chars().anyMatch(Character::isISOControl)) {
      throw TenancyException.invalid(field, "must not contain control characters");
    }
    return trimmed;
  }

  public static String requireUsername(String value) {
    if (value == null || !USERNAME.matcher(value).matches()) {
      throw TenancyException.invalid(
          "username", "must be 3 to 100 characters of letters, digits, '.', '_', '@' or '-'");
    }
    return value;
  }
}
