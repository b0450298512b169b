package org.jalons.server.summary.measure;

import static org.jalons.server.summary.measure.Fact.CONSENTED_AREA;
import static org.jalons.server.summary.measure.Fact.asText;
import static org.jalons.server.summary.measure.Fact.column;
import static org.jalons.server.summary.measure.Fact.custom;
import static org.jalons.server.summary.measure.Fact.customAsOne;
import static org.jalons.server.summary.measure.Fact.in;
import static org.jalons.server.summary.measure.Fact.is;
import static org.jalons.server.summary.measure.Fact.isNot;
import static org.jalons.server.summary.measure.Fact.literal;
import static org.jalons.server.summary.measure.Fact.notNull;
import static org.jalons.server.summary.measure.Fact.number;
import static org.jalons.server.summary.measure.Fact.oneIf;
import static org.jalons.server.summary.measure.Fact.orElse;
import static org.jalons.server.summary.measure.Fact.yearOf;
import static org.jalons.server.summary.measure.Measure.count;
import static org.jalons.server.summary.measure.Measure.histogram;
import static org.jalons.server.summary.measure.Measure.peopleByEntry;
import static org.jalons.server.summary.measure.Measure.peopleByExit;
import static org.jalons.server.summary.measure.Measure.undatedList;

import java.util.List;
import java.util.stream.Stream;
import org.jalons.server.summary.store.SummaryRollups;

/**
 * Every measure of the summaries, once: which facts it counts, how they are dated, what its rows are. The roll-up
 * SQL and the write path's Java both come from these lines ({@link SummaryRollups}); the summary tables read the
 * cells by measure name.
 */
public final class Measures {

    /** The fact tables (migration V2), person first. */
    public static final String PERSON = "agg_person";

    public static final String GOAL = "agg_goal";
    public static final String TRAINING = "agg_training";
    public static final String BARRIER = "barrier_transition";
    public static final String INTERVIEW = "agg_interview";
    public static final String EXIT = "agg_exit";
    public static final String FOLLOW_UP = "agg_follow_up";
    public static final List<String> TABLES = List.of(PERSON, GOAL, TRAINING, BARRIER, INTERVIEW, EXIT, FOLLOW_UP);

    /** Exit month of people still in. */
    public static final int OPEN = Integer.MAX_VALUE;

    public static final String ALL = "*";

    private static final Fact.Value THEME = column("theme");
    private static final Fact.Condition THEMED = notNull("theme");
    private static final Fact.Value TRAINING_THEME = orElse("theme", "");
    private static final Fact.Value CERTIFICATION = customAsOne("certification");
    private static final Fact.Condition RNCP = Fact.allOf(is("certification", "RNCP"), notNull("rncp_level"));
    private static final Fact.Condition COMPLETED = in("status", "SUIVIE", "CERTIFIEE");
    private static final Fact.Condition CERTIFIED = is("status", "CERTIFIEE");
    private static final Fact.Value RNCP_LEVEL = asText("rncp_level");
    private static final Fact.Value HOURS_PLANNED = column("planned_hours");
    private static final Fact.Value HOURS_DONE = column("done_hours");

    // spotless:off (one line per measure)
    public static final List<Measure> MEASURES = Stream.of(
            // goals by theme: opened, closed, rated (goals with a check-in comment summed)
            count("GOAL_OPENED").from(GOAL).datedBy("opened_month").where(THEMED).rowPer(THEME).withTotal(),
            count("GOAL_ACHIEVED").from(GOAL).datedBy("closed_month").where(THEMED, is("status", "ATTEINT")).rowPer(THEME).withTotal(),
            count("GOAL_ABANDONED").from(GOAL).datedBy("closed_month").where(THEMED, is("status", "ABANDONNE")).rowPer(THEME).withTotal(),
            count("GOAL_RATED").from(GOAL).datedBy("rated_month").where(THEMED).rowPer(THEME).withTotal().summing(oneIf("commented")),
            // confidence ratings 0-10 by theme, first and latest, self (S) and counsellor (C)
            histogram("RATING_SF").from(GOAL).datedBy("rated_month").where(THEMED, notNull("self_first")).rowPer(THEME).bucket(column("self_first")),
            histogram("RATING_SL").from(GOAL).datedBy("rated_month").where(THEMED, notNull("self_latest")).rowPer(THEME).bucket(column("self_latest")),
            histogram("RATING_CF").from(GOAL).datedBy("rated_month").where(THEMED, notNull("couns_first")).rowPer(THEME).bucket(column("couns_first")),
            histogram("RATING_CL").from(GOAL).datedBy("rated_month").where(THEMED, notNull("couns_latest")).rowPer(THEME).bucket(column("couns_latest")),
            // trainings by certification and by RNCP level, per theme of the goal they serve; hours of those started
            count("TRAINING_STARTED").from(TRAINING).datedBy("start_month").perTheme(TRAINING_THEME).rowPer(CERTIFICATION).withTotal().summing(HOURS_PLANNED, HOURS_DONE),
            count("TRAINING_COMPLETED").from(TRAINING).datedBy("completed_month").where(COMPLETED).perTheme(TRAINING_THEME).rowPer(CERTIFICATION).withTotal(),
            count("TRAINING_CERTIFIED").from(TRAINING).datedBy("certified_month").where(CERTIFIED).perTheme(TRAINING_THEME).rowPer(CERTIFICATION).withTotal(),
            count("RNCP_STARTED").from(TRAINING).datedBy("start_month").where(RNCP).perTheme(TRAINING_THEME).rowPer(RNCP_LEVEL).withTotal().summing(HOURS_PLANNED, HOURS_DONE),
            count("RNCP_COMPLETED").from(TRAINING).datedBy("completed_month").where(RNCP, COMPLETED).perTheme(TRAINING_THEME).rowPer(RNCP_LEVEL).withTotal(),
            count("RNCP_CERTIFIED").from(TRAINING).datedBy("certified_month").where(RNCP, CERTIFIED).perTheme(TRAINING_THEME).rowPer(RNCP_LEVEL).withTotal(),
            // barriers lifted (a need become a support), by area
            count("BARRIER_MOVED").from(BARRIER).datedBy("changed_month").where(is("from_status", "BESOIN"), is("to_status", "POINT_APPUI"), CONSENTED_AREA).rowPer(customAsOne("area")).withTotal(),
            count("INTERVIEWS").from(INTERVIEW).datedBy("held_month").rowPer(literal("INTERVIEWS")),
            count("EXITS").from(EXIT).datedBy("exit_month").rowPer(column("category")).withTotalOf(isNot("category", "RETRAIT")),
            count("FOLLOW_UPS").from(FOLLOW_UP).datedBy("done_month").rowPer(orElse("situation", "NON_RENSEIGNE")).withTotal(),
            // people followed in a year: by the year they left (OPEN while in), the year they entered as bucket
            peopleByExit("PEOPLE").from(PERSON).datedBy(yearOf("exit_month", OPEN)).where(notNull("entry_month")).rowPer(literal(ALL)).bucket(yearOf("entry_month")),
            peopleByEntry("ENTRIES").from(PERSON).datedBy("entry_month").rowPer(literal(ALL)),
            // power-to-act questionnaire: mean score x 100, first and latest, of people whose latest falls in the period
            histogram("QUESTIONNAIRE_F").from(PERSON).datedBy("q_latest_month").rowPer(literal("ALL")).bucket(orElse("q_first_score", 0)),
            histogram("QUESTIONNAIRE_L").from(PERSON).datedBy("q_latest_month").rowPer(literal("ALL")).bucket(orElse("q_latest_score", 0)),
            // the custom themes in use, undated (their words stay on the server)
            undatedList("CUSTOM_THEMES").from(GOAL).datedBy(number(0)).where(custom("theme")).rowPer(THEME))
        .map(Measure.Builder::build)
        .toList();
    // spotless:on

    private Measures() {}

    public static Measure named(String name) {
        return MEASURES.stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no measure " + name));
    }
}
