package org.jalons.platform;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every link the app asked to open, opens none. */
public final class RecordingLinks implements ExternalLinks {
    public final List<URI> opened = new CopyOnWriteArrayList<>();

    @Override
    public boolean open(URI link) {
        opened.add(link);
        return true;
    }
}
