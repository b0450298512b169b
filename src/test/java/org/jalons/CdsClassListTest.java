package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class list the desktop run's Class Data Sharing archive is made from (pom.xml, profile desktop-cds-archive)
 * is committed: it must hold class names of the JDK and JavaFX only, nothing of a machine (the archive, which is
 * machine-specific, is made in target/).
 */
class CdsClassListTest {
    static final Path LIST = Path.of("src", "main", "cds", "startup.classlist");

    @Test
    void theClassListNamesOnlyJdkAndJavaFxClasses() throws Exception {
        List<String> classes = Files.readAllLines(LIST).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(classes)
                .hasSizeGreaterThan(1000)
                .allMatch(
                        c -> c.matches("(java|javax|jdk|sun|com/sun|javafx)/[A-Za-z0-9_/$]+"),
                        "a JDK or JavaFX class name")
                .doesNotHaveDuplicates()
                .contains("javafx/scene/control/Label", "com/sun/javafx/css/StyleManager", "java/lang/Object");
    }

    @Test
    void thePomMakesTheArchiveFromItAndTheDesktopRunUsesIt() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom)
                .contains("-XX:SharedClassListFile=${basedir}/src/main/cds/startup.classlist")
                .contains("<missing>${basedir}/target/jalons-cds-${java.version}.jsa</missing>")
                .contains("<exists>${basedir}/target/jalons-cds-${java.version}.jsa</exists>")
                .contains("-XX:SharedArchiveFile=${project.build.directory}/jalons-cds-${java.version}.jsa");
    }
}
