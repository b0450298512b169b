package org.jalons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopAppStorageTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(AppStorage.HOME_PROPERTY);
    }

    @Test
    void theSystemPropertyMovesThePrivateFolderAndItIsCreated() {
        Path wanted = dir.resolve("somewhere/else");
        System.setProperty(AppStorage.HOME_PROPERTY, wanted.toString());
        Path folder = PlatformServices.storage().privateFolder();
        assertThat(folder).isEqualTo(wanted);
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void withoutThePropertyTheFolderIsInTheUsersGluonFolder() {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            assertThat(DesktopAppStorage.fromSystem().privateFolder()).isEqualTo(dir.resolve(".gluon/jalons"));
        } finally {
            System.setProperty("user.home", home);
        }
    }
}
