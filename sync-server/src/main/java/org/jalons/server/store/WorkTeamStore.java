package org.jalons.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.WorkTeam;

/**
 * Work teams: the teams of each work supervisor (set by an admin) and the people of each team (the {@code workTeam}
 * of their live beneficiary record, kept by the writes of that record and removed with the person).
 */
public final class WorkTeamStore {

    /** The team a beneficiary record's fields name (null: none, or a blank text). */
    public static String teamOf(String fields) {
        return teamOf(Json.parseObject(fields));
    }

    /** The team a beneficiary record's fields name, stripped as an admin's team names are (null: none, blank). */
    public static String teamOf(ObjectNode fields) {
        JsonNode team = fields.get("workTeam");
        return team != null && team.isTextual() && !team.asText().isBlank()
                ? team.asText().strip()
                : null;
    }

    /** Replaces the work supervisor's teams. */
    public void setTeams(Connection c, UUID organisationId, UUID userId, List<String> teams) throws SQLException {
        Jdbc.update(c, "delete from work_supervisor_team where user_id = ?", userId);
        Jdbc.batch(
                c,
                "insert into work_supervisor_team (organisation_id, user_id, team) values (?, ?, ?)",
                teams.stream()
                        .map(t -> new Object[] {organisationId, userId, t})
                        .toList());
    }

    /** The work supervisor's teams, by name. */
    public List<String> teams(Connection c, UUID userId) throws SQLException {
        return Jdbc.list(
                c,
                "select team from work_supervisor_team where user_id = ? order by team",
                row -> row.getString("team"),
                userId);
    }

    /** Records the person's current team (null: none any more). */
    public void setMember(Connection c, UUID organisationId, UUID beneficiaryId, String team) throws SQLException {
        removeMember(c, organisationId, beneficiaryId);
        if (team != null) {
            Jdbc.update(
                    c,
                    "insert into work_team_member (organisation_id, beneficiary_id, team) values (?, ?, ?)",
                    organisationId,
                    beneficiaryId,
                    team);
        }
    }

    public void removeMember(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        Jdbc.update(
                c,
                "delete from work_team_member where organisation_id = ? and beneficiary_id = ?",
                organisationId,
                beneficiaryId);
    }

    /** The person's current team, if any. */
    public Optional<String> teamOfMember(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        return Jdbc.one(
                c,
                "select team from work_team_member where organisation_id = ? and beneficiary_id = ?",
                row -> row.getString("team"),
                organisationId,
                beneficiaryId);
    }

    /** The people of the work supervisor's teams, by id. */
    public List<UUID> people(Connection c, UUID userId) throws SQLException {
        return Jdbc.list(c, """
                select m.beneficiary_id from work_supervisor_team t
                join work_team_member m on m.organisation_id = t.organisation_id and m.team = t.team
                where t.user_id = ? order by m.beneficiary_id
                """, row -> Jdbc.uuid(row, "beneficiary_id"), userId);
    }

    /** Whether the person is in one of the work supervisor's teams now. */
    public boolean reaches(Connection c, UUID userId, UUID beneficiaryId) throws SQLException {
        return Jdbc.one(c, """
                select 1 from work_supervisor_team t
                join work_team_member m on m.organisation_id = t.organisation_id and m.team = t.team
                where t.user_id = ? and m.beneficiary_id = ?
                """, row -> true, userId, beneficiaryId).isPresent();
    }

    /** Every team named by a person or a work supervisor of the organisation, by name, with its counts. */
    public List<WorkTeam> usage(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(
                c,
                """
                select team, sum(people) as people, sum(supervisors) as supervisors from (
                    select team, 1 as people, 0 as supervisors from work_team_member where organisation_id = ?
                    union all
                    select team, 0 as people, 1 as supervisors from work_supervisor_team where organisation_id = ?
                ) u group by team order by team
                """,
                row -> new WorkTeam(row.getString("team"), row.getInt("people"), row.getInt("supervisors")),
                organisationId,
                organisationId);
    }
}
