package org.jalons.server.service;

import java.util.UUID;
import org.jalons.server.model.User;

/** What a newly paired device receives. The token is shown once and never stored in clear. */
public record PairedDevice(UUID deviceId, String token, User user) {}
