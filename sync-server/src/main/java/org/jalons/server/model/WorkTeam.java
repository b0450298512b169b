package org.jalons.server.model;

/** A work team in use in an organisation, with how many people and work supervisors are in it. */
public record WorkTeam(String team, int people, int workSupervisors) {}
