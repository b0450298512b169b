package org.jalons.server.model;

/**
 * A request the server will not carry out, with a stable error code and a plain sentence.
 * The API layer turns {@link Reason} into an HTTP status; services know nothing of HTTP.
 */
public final class Refusal extends RuntimeException {

    public enum Reason {
        INVALID(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        GONE(410),
        GONE_TOO_OLD(412),
        TOO_LARGE(413),
        UNSUPPORTED_MEDIA(415),
        UNPROCESSABLE(422),
        RATE_LIMITED(429);

        public final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }
    }

    private final Reason reason;
    private final String code;

    public Refusal(Reason reason, String code, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.code = code;
    }

    public static Refusal invalid(String code, String message) {
        return new Refusal(Reason.INVALID, code, message);
    }

    /** Not allowed and not existing give this same answer, so nothing leaks. */
    public static Refusal notFound() {
        return new Refusal(Reason.NOT_FOUND, "not_found", "Nothing was found at this address.");
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Reason.FORBIDDEN, "forbidden", message);
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }
}
