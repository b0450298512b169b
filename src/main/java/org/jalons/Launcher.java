package org.jalons;

import javafx.application.Application;

/**
 * Plain main class: JavaFX refuses to start an {@code Application} subclass as the main class from the class
 * path, and the native image needs one fixed entry point.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(JalonsApp.class, args);
    }
}
