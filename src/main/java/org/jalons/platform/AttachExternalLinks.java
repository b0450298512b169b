package org.jalons.platform;

import com.gluonhq.attach.browser.BrowserService;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On a phone: the system opens the link with the app that handles its scheme (dialler, messages, maps). */
final class AttachExternalLinks implements ExternalLinks {
    private static final Logger LOG = LoggerFactory.getLogger(AttachExternalLinks.class);

    private final BrowserService browser;

    AttachExternalLinks(BrowserService browser) {
        this.browser = browser;
    }

    @Override
    public boolean open(URI link) {
        try {
            browser.launchExternalBrowser(link.toString());
            return true;
        } catch (IOException | URISyntaxException e) {
            LOG.warn("No app opened a {} link", link.getScheme(), e);
            return false;
        }
    }
}
