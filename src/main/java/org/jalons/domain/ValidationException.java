package org.jalons.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Thrown when a record breaks a rule; carries every violation so a form can show each next to its field. */
public class ValidationException extends RuntimeException {
    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public String message(Locale locale) {
        return violations.stream().map(v -> v.message(locale)).collect(Collectors.joining("\n"));
    }
}
