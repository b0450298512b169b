package org.jalons.platform;

import com.gluonhq.attach.device.DeviceService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On a phone: the model Gluon Attach reports, else its platform and version ("Android 14"). */
final class AttachDeviceModel implements DeviceModel {
    private static final Logger LOG = LoggerFactory.getLogger(AttachDeviceModel.class);

    private final DeviceService device;

    AttachDeviceModel(DeviceService device) {
        this.device = device;
    }

    @Override
    public Optional<String> name() {
        try {
            String model = device.getModel();
            if (model != null && !model.isBlank()) {
                return Optional.of(model.strip());
            }
            String platform = ((device.getPlatform() == null ? "" : device.getPlatform()) + " "
                            + (device.getVersion() == null ? "" : device.getVersion()))
                    .strip();
            return platform.isEmpty() ? Optional.empty() : Optional.of(platform);
        } catch (RuntimeException e) {
            LOG.warn("The device's model could not be read", e);
            return Optional.empty();
        }
    }
}
