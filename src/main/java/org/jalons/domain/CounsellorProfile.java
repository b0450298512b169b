package org.jalons.domain;

import java.util.List;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Wire;

/**
 * How a counsellor is shown to the people they support: the name they see (e.g. "Camille"), the form of address
 * of the texts ({@link Wire.CounsellorProfile#ADDRESS_FORMS}: feminine, masculine, neutral) and an optional work
 * phone. The same rules as the server's (PUT /api/v1/me/profile), so what is saved here is what the server takes.
 */
public record CounsellorProfile(String displayName, String addressForm, String workPhone) {

    public static final String FEMININE = "feminine";
    public static final String MASCULINE = "masculine";
    public static final String NEUTRAL = "neutral";

    public List<Violation> violations() {
        return new Checks()
                .required("displayName", displayName)
                .text("displayName", displayName, Wire.CounsellorProfile.DISPLAY_NAME_MAX)
                .required("addressForm", addressForm)
                .rule(
                        addressForm != null && !Wire.CounsellorProfile.ADDRESS_FORMS.contains(addressForm),
                        "addressForm",
                        "required")
                // the rule of a person's phone (one line, RecordSchema.PHONE_MAX)
                .text("workPhone", workPhone, RecordSchema.PHONE_MAX)
                .list();
    }
}
