package org.jalons.sync;

import java.util.Locale;
import java.util.ResourceBundle;

/** The sync layer's sentences (org/jalons/sync/messages*.properties), French unless English is asked for. */
public final class SyncMessages {
    private static final String BUNDLE = "org.jalons.sync.messages";

    private SyncMessages() {}

    public static String text(String key, Locale locale) {
        return ResourceBundle.getBundle(
                        BUNDLE,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }
}
