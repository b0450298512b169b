package org.jalons.platform;

import java.util.Optional;

/** On a desktop: the operating system's name ("Linux", "Windows 11", "Mac OS X"). */
final class DesktopDeviceModel implements DeviceModel {

    private final String osName;

    DesktopDeviceModel(String osName) {
        this.osName = osName;
    }

    static DesktopDeviceModel fromSystem() {
        return new DesktopDeviceModel(System.getProperty("os.name"));
    }

    @Override
    public Optional<String> name() {
        return osName == null || osName.isBlank() ? Optional.empty() : Optional.of(osName.strip());
    }
}
