package org.jalons.platform;

import java.util.Optional;

/** What this device is ("Pixel 7a", "Linux"): named to the server at pairing, so an admin knows which phone is which. */
public interface DeviceModel {

    /** The model, or empty when the platform does not say. */
    Optional<String> name();
}
