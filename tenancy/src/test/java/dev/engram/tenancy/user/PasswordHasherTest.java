package dev.engram.tenancy.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  @Test
  void verifiesOnlyTheRightPassword() {
    String hash = PasswordHasher.hash("s3cret-passphrase");
    assertThat(PasswordHasher.verify("s3cret-passphrase", hash)).isTrue();
    assertThat(PasswordHasher.verify("s3cret-passphrasE", hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(PasswordHasher.hash("same")).isNotEqualTo(PasswordHasher.hash("same"));
  }

  @Test
  void usesArgon2idInPhcFormat() {
    assertThat(PasswordHasher.hash("x"))
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[^$]+\\$[^$]+");
  }

  @Test
  void rejectsForeignHashFormats() {
    assertThat(PasswordHasher.verify("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
  }
}
