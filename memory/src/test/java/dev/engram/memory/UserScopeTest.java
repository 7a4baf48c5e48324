package dev.engram.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserScopeTest {
  @Test
  void aNamedUserIsThatUsersScopeForAnyCaller() {
    assertThat(UserScope.of("ana", false)).isEqualTo(new UserScope.OneUser("ana"));
    assertThat(UserScope.of("ana", true).user()).contains("ana");
  }

  @Test
  void noUserMeansAllUsersOnlyForACallerAllowedToReadAcrossUsers() {
    assertThat(UserScope.of(null, true)).isEqualTo(new UserScope.AllUsers());
    assertThat(UserScope.of(null, true).user()).isEmpty();
    assertThatThrownBy(() -> UserScope.of(null, false))
        .isInstanceOfSatisfying(
            MemoryException.class,
            e -> {
              assertThat(e.code()).isEqualTo(MemoryErrorCode.USER_REQUIRED);
              assertThat(e.getMessage()).contains("user_id").contains("admin scope");
            });
  }

  @Test
  void aFilterSaysWhoseMemoriesItSelects() {
    assertThat(MemoryFilter.of(new UserScope.OneUser("ana")).userScope())
        .isEqualTo(new UserScope.OneUser("ana"));
    assertThat(MemoryFilter.allUsers().userScope()).isEqualTo(new UserScope.AllUsers());
    assertThat(MemoryFilter.user("ana").user()).contains("ana");
    assertThat(MemoryFilter.allUsers().user()).isEmpty();
  }
}
