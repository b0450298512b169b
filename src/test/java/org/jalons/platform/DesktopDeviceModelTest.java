package org.jalons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesktopDeviceModelTest {

    @Test
    void aDesktopNamesItsOperatingSystemAndNothingWhenItHasNone() {
        assertThat(new DesktopDeviceModel(" Linux ").name()).contains("Linux");
        assertThat(new DesktopDeviceModel("  ").name()).isEmpty();
        assertThat(new DesktopDeviceModel(null).name()).isEmpty();
        assertThat(PlatformServices.deviceModel().name())
                .as("without Gluon Attach: the desktop's own")
                .contains(System.getProperty("os.name").strip());
    }
}
