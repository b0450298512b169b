package org.jalons.server.api;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin/Jetty setup: one connector (HTTP or HTTPS), gzip, request log, graceful stop. */
public final class WebServer {

    private static final Logger REQUESTS = LoggerFactory.getLogger("org.jalons.server.requests");

    /** Listener settings, independent of the rest of the configuration. */
    public record Listener(
            String bind,
            int port,
            Path tlsKeystore,
            String tlsKeystorePassword,
            boolean trustProxy,
            Duration stopTimeout) {}

    private WebServer() {}

    public static Javalin create(Listener listener, ServerMetrics metrics, Consumer<JavalinConfig> routes) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.http.maxRequestSize = JsonBody.MAX_BYTES;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(listener.stopTimeout().toMillis());
                server.setHandler(new GracefulHandler());
                server.setErrorHandler(new JsonErrorHandler());
            });
            config.jetty.addConnector((server, httpConfig) -> {
                httpConfig.setSendServerVersion(false);
                if (listener.trustProxy()) {
                    httpConfig.addCustomizer(new ForwardedRequestCustomizer());
                }
                ServerConnector connector;
                if (listener.tlsKeystore() != null) {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStorePath(listener.tlsKeystore().toAbsolutePath().toString());
                    ssl.setKeyStorePassword(listener.tlsKeystorePassword());
                    ssl.setKeyStoreType("PKCS12");
                    SecureRequestCustomizer secure = new SecureRequestCustomizer();
                    secure.setSniHostCheck(false);
                    httpConfig.addCustomizer(secure);
                    connector = new ServerConnector(
                            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(httpConfig));
                } else {
                    connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
                }
                connector.setHost(listener.bind());
                connector.setPort(listener.port());
                return connector;
            });
            // One line per request; never the query string's secrets, headers, tokens or bodies.
            config.requestLogger.http((ctx, ms) -> {
                REQUESTS.info(
                        "{} {} {} {}ms", ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(ms));
                metrics.requestDone(ctx, ms);
            });
            routes.accept(config);
        });
    }
}
