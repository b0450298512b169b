package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jalons.protocol.Wire;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.PairedDevice;
import org.jalons.server.service.Pairing;
import org.jalons.server.service.PairingCode;

/** POST /api/v1/pair and POST /api/v1/pairing-codes. */
final class PairingController {

    private final Pairing pairing;
    private final Authenticator auth;

    PairingController(Pairing pairing, Authenticator auth) {
        this.pairing = pairing;
        this.auth = auth;
    }

    void pair(Context ctx) {
        Wire.PairRequest body = WireBody.read(ctx, Wire.PairRequest.class);
        PairedDevice paired = pairing.pair(body.code(), body.deviceName(), body.model(), ctx.ip());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("deviceId", paired.deviceId());
        answer.put("token", paired.token());
        answer.put("user", UserJson.of(paired.user()));
        Responses.json(ctx, 200, answer);
    }

    void issueCode(Context ctx) {
        var principal = auth.require(ctx);
        Wire.PairingCodeRequest body = WireBody.read(ctx, Wire.PairingCodeRequest.class);
        if ((body.userId() == null) == (body.beneficiaryId() == null)) {
            throw Refusal.invalid("invalid_body", "Give either userId or beneficiaryId.");
        }
        PairingCode code = body.userId() != null
                ? pairing.issue(principal, body.userId())
                : pairing.issueForBeneficiary(principal, body.beneficiaryId());
        Responses.json(
                ctx,
                201,
                Map.of("code", code.code(), "expiresAt", code.expiresAt().toString()));
    }
}
