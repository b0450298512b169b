package org.jalons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void thePrivateFolderIsOwnerOnlyEvenWhenItExistedBefore() throws Exception {
        Path existing = Files.createDirectories(
                dir.resolve("jalons"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path folder = new DesktopAppStorage(existing).privateFolder();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                        new DesktopAppStorage(dir.resolve("new/jalons")).privateFolder())))
                .isEqualTo("rwx------");
    }
}
