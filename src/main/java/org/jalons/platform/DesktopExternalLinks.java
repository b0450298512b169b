package org.jalons.platform;

import java.net.URI;
import javafx.application.HostServices;

/**
 * On a desktop: the system's handler for the scheme (a softphone for {@code tel:}, the browser for a map page). A
 * {@code geo:} link, which desktops rarely handle, opens the same place on OpenStreetMap instead.
 */
final class DesktopExternalLinks implements ExternalLinks {
    private final HostServices host;

    DesktopExternalLinks(HostServices host) {
        this.host = host;
    }

    @Override
    public boolean open(URI link) {
        host.showDocument(forDesktop(link).toString());
        return true;
    }

    /** {@code geo:0,0?q=12 rue …} becomes an OpenStreetMap search for the same text. */
    static URI forDesktop(URI link) {
        if (!"geo".equalsIgnoreCase(link.getScheme())) {
            return link;
        }
        String part = link.getSchemeSpecificPart();
        int query = part.indexOf("?q=");
        String where = query >= 0 ? part.substring(query + 3) : part;
        return URI.create("https://www.openstreetmap.org/search?query="
                + java.net.URLEncoder.encode(where, java.nio.charset.StandardCharsets.UTF_8));
    }
}
