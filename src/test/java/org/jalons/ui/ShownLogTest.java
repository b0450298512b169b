package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ShownLogTest {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ShownLog.class);
    private StackPane holder;

    @BeforeEach
    void setUp() throws Exception {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        Stage stage = FxToolkit.registerPrimaryStage();
        holder = fx(() -> {
            StackPane pane = new StackPane();
            stage.setScene(new Scene(pane, 200, 200));
            stage.show();
            return pane;
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        logger.detachAppender(appender);
        logger.setLevel(null);
        FxToolkit.cleanupStages();
    }

    private List<String> logged() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void logsOnceAtTheLayoutAfterTheDataArrivedAndTellsTheFirstShowingApart() throws Exception {
        SimpleBooleanProperty loading = new SimpleBooleanProperty(true);
        Label screen = new Label("loading");
        fx(() -> {
            holder.getChildren().setAll(screen);
            ShownLog.whenLoaded(screen, loading, "Test screen A", () -> "3 people");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(logged()).as("nothing before the data arrived").isEmpty();
        System.gc(); // nothing the log waits on may be collected meanwhile

        fx(() -> {
            loading.set(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(logged())
                .singleElement()
                .asString()
                .matches("Test screen A shown in \\d+ ms, 3 people \\(first time in this run\\)");

        fx(() -> {
            loading.set(true);
            loading.set(false);
            holder.requestLayout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(logged()).as("logged once per showing").hasSize(1);

        Label again = new Label("again");
        fx(() -> {
            // data already there before the screen is placed: timed to its first layout in the scene
            ShownLog.whenLoaded(again, new SimpleBooleanProperty(false), "Test screen A", () -> "3 people");
            holder.getChildren().setAll(again);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(logged()).hasSize(2).last().asString().endsWith("(again)");
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
