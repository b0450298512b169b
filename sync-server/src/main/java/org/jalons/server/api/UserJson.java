package org.jalons.server.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jalons.server.model.User;

/** The user object of PROTOCOL.md: id, role, organisationId, displayName, beneficiaryId. */
final class UserJson {

    private UserJson() {}

    static Map<String, Object> of(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", user.id());
        json.put("role", user.role().name());
        json.put("organisationId", user.organisationId());
        json.put("displayName", user.displayName());
        json.put("beneficiaryId", user.beneficiaryId());
        return json;
    }
}
