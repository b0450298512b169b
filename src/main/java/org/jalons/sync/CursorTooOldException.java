package org.jalons.sync;

/** 412 cursor_too_old: the device was away longer than tombstones are kept and must restore from a snapshot. */
final class CursorTooOldException extends SyncException {
    CursorTooOldException(String detail) {
        super(SyncProblem.SERVER_REFUSED, detail);
    }
}
