package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {
  @TempDir Path home;

  @Test
  void defaultsUnderTheHomeDirectoryAndCreatesIt() {
    String url = StoreLocation.defaultJdbcUrl(Optional.empty(), home.toString());
    assertThat(url).isEqualTo("jdbc:sqlite:" + home.resolve(".local/share/bulwark/bulwark.db"));
    assertThat(home.resolve(".local/share/bulwark")).isDirectory();
  }

  @Test
  void honoursAnAbsoluteXdgDataHomeAndIgnoresARelativeOne() {
    Path xdg = home.resolve("xdg");
    assertThat(StoreLocation.defaultJdbcUrl(Optional.of(xdg.toString()), home.toString()))
        .isEqualTo("jdbc:sqlite:" + xdg.resolve("bulwark/bulwark.db"));
    assertThat(StoreLocation.defaultJdbcUrl(Optional.of("relative/dir"), home.toString()))
        .startsWith("jdbc:sqlite:" + home.resolve(".local/share"));
  }

  @Test
  void anUnknownDatabaseIsAClearError() {
    assertThatThrownBy(() -> ScanStore.open("jdbc:mysql://db/x?password=hunter2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported database URL")
        .hasMessageNotContaining("hunter2");
  }
}
