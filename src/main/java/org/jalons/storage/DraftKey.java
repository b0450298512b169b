package org.jalons.storage;

import java.util.Objects;

/**
 * Names a draft: the form it belongs to and what it is about (a person, a record, "new-" and a person for a record
 * not yet created, or nothing for a form of one's own). Its stored form, e.g. {@code visit:<beneficiaryId>}, is the
 * one drafts always had, so drafts left on a phone resume after an update.
 */
public record DraftKey(Form form, String subject) {
    /** The forms that keep a draft, with the prefix of their stored keys. */
    public enum Form {
        VISIT("visit"),
        QUESTIONNAIRE("questionnaire"),
        PROFILE("profile"),
        GOAL("goal"),
        TRAINING("training"),
        BARRIER("barrier"),
        EXIT("exit"),
        FOLLOW_UP("followUp"),
        MY_CHECK_IN("my-check-in"),
        MY_NEW_GOAL("my-new-goal"),
        MY_NEW_STEP("my-new-step"),
        MY_NEW_NOTE("my-new-note"),
        MY_NEW_TRAINING("my-new-training"),
        MY_TRAINING("my-training"),
        NEW_PERSON("new-person");

        private final String prefix;

        Form(String prefix) {
            this.prefix = prefix;
        }
    }

    public DraftKey {
        Objects.requireNonNull(form, "form");
        subject = subject == null ? "" : subject;
    }

    /** The draft of a form about someone or something. */
    public static DraftKey of(Form form, Object subject) {
        return new DraftKey(form, String.valueOf(subject));
    }

    /** The one draft of a form of one's own. */
    public static DraftKey of(Form form) {
        return new DraftKey(form, "");
    }

    /** As stored: the form's prefix, then ':' and the subject if there is one. */
    public String stored() {
        return subject.isEmpty() ? form.prefix : form.prefix + ":" + subject;
    }

    /** The key a stored one names, or null if it names none of the forms. */
    static DraftKey parse(String stored) {
        for (Form f : Form.values()) {
            if (stored.equals(f.prefix)) {
                return of(f);
            }
            if (stored.startsWith(f.prefix + ":")) {
                return of(f, stored.substring(f.prefix.length() + 1));
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return stored();
    }
}
