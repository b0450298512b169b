package org.jalons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.testfx.util.WaitForAsyncUtils;

/** What the screens' benchmarks share: work timed on the screen's thread, a screen laid out, figures printed. */
final class BenchFigures {
    private BenchFigures() {}

    /** The upper median (of an even count, the higher of the two middle runs). */
    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    /** Every run, one decimal, as a JSON list. */
    static String rounded(List<Double> xs) {
        return xs.stream()
                .map(x -> String.format(Locale.ROOT, "%.1f", x))
                .toList()
                .toString();
    }

    /** Runs {@code work} on the screen's thread and waits for its result. */
    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Puts {@code root} in the window and lays it out, as a screen opened would be. */
    static void show(StackPane holder, Parent root) {
        holder.getChildren().setAll(root);
        holder.applyCss();
        holder.layout();
    }
}
