package org.jalons.platform;

import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;

/** On a phone: the pause and resume events of Gluon Attach. */
final class AttachAppLifecycle implements AppLifecycle {
    private final LifecycleService service;

    AttachAppLifecycle(LifecycleService service) {
        this.service = service;
    }

    @Override
    public void onPause(Runnable action) {
        service.addListener(LifecycleEvent.PAUSE, action);
    }

    @Override
    public void onResume(Runnable action) {
        service.addListener(LifecycleEvent.RESUME, action);
    }
}
