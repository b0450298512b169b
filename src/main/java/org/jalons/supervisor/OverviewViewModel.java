package org.jalons.supervisor;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Messages;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The supervisor's home for now: this device's counts, clearly labelled as such. */
public final class OverviewViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OverviewViewModel.class);

    private final Supplier<LocalOverview> source;
    private final Background background;
    private final Messages messages;
    private final ObjectProperty<LocalOverview> overview = new SimpleObjectProperty<>(this, "overview");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public OverviewViewModel(Supplier<LocalOverview> source, Background background, Messages messages) {
        this.source = source;
        this.background = background;
        this.messages = messages;
    }

    public void load() {
        loading.set(true);
        background.run(
                source::get,
                result -> {
                    overview.set(result);
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("The local overview could not be computed", failure);
                    error.set(messages.get("error.unexpected"));
                });
    }

    /**
     * A device count as the supervisor sees it: like the server's figures, 1 to k-1 reads "< k" (k at its floor,
     * 5: this device does not know the organisation's). These counts are never broken down, so nothing adds up
     * to them.
     */
    public String shown(int count) {
        return count > 0 && count < K ? messages.get("summary.hidden", K) : Integer.toString(count);
    }

    /** The floor of k (the server refuses lower). */
    static final int K = 5;

    public ReadOnlyObjectProperty<LocalOverview> overviewProperty() {
        return overview;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
