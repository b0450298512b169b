package org.jalons.server.model;

/** A device as the device list shows it: with the account that holds it (name and role). */
public record DeviceListing(Device device, User owner) {}
