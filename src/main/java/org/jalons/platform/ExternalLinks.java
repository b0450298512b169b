package org.jalons.platform;

import java.net.URI;

/**
 * Hands a link to the phone's own apps: {@code tel:} to the dialler, {@code sms:} to messages, {@code geo:} to the
 * map, an {@code https:} page to the browser (Gluon Attach Browser on a phone, the desktop's handler elsewhere, a
 * recording fake in tests). Called on the screen's thread.
 */
public interface ExternalLinks {

    /** Opens {@code link}; false when this device has nothing to open it with (the screen then says so). */
    boolean open(URI link);
}
