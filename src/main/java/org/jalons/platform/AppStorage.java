package org.jalons.platform;

import java.nio.file.Path;

/** The app's private folder, where the profiles and settings live. Never shared with other apps. */
public interface AppStorage {
    /** The system property that moves the private folder, for tests, screenshots and a second desktop profile. */
    String HOME_PROPERTY = "jalons.home";

    Path privateFolder();
}
