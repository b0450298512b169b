package org.jalons.server.service;

import java.util.Map;
import java.util.Set;

/** One record kind of PROTOCOL.md: its merge policy, its fields and which are required on create. */
record KindSchema(String kind, boolean appendOnly, Map<String, FieldRule> fields, Set<String> required) {}
