package org.jalons.server.service;

/** Thrown while checking one change, before anything of it is written; becomes a REJECTED result. */
final class ChangeRejected extends Exception {

    final int code;

    ChangeRejected(int code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    static ChangeRejected invalid(String reason) {
        return new ChangeRejected(422, reason);
    }

    static ChangeRejected notFound() {
        return new ChangeRejected(404, "This record does not exist or is out of your reach.");
    }

    static ChangeRejected forbidden(String reason) {
        return new ChangeRejected(403, reason);
    }
}
