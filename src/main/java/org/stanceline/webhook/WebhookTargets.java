package org.stanceline.webhook;

import org.stanceline.kernel.Unprocessable;
import org.stanceline.kernel.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.stanceline.web.StancelineConfig;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Which URLs a subscription may send to: absolute http(s), at most 2000 characters, and not this server itself (a
 * delivery to our own API would be a request made with the server's network position, and could loop). "Itself"
 * is the public URL's host and port, and the host and port the registering request reached; a loopback or
 * unspecified address counts as any of this machine's names on the port the request reached. Names are not
 * resolved: a DNS name that points back here is not caught (registration is admin-only).
 */
@ApplicationScoped
class WebhookTargets {

    static final int MAX_URL_LENGTH = 2000;

    @Inject
    StancelineConfig config;

    URI check(String url, URI requestBase) {
        if (url == null || url.isBlank()) {
            throw invalid("url", "Field 'url' is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw invalid("url", "Field 'url' has " + url.length() + " characters; at most " + MAX_URL_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid("url", "Field 'url' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("url", "Field 'url' must be an http or https URL; got scheme '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw invalid("url", "Field 'url' must name a host, without user info");
        }
        if (pointsAt(uri, URI.create(config.publicUrl())) || pointsAt(uri, requestBase)) {
            throw invalid("url", "Field 'url' points at this server itself (" + uri.getHost() + ":" + port(uri) + ")");
        }
        return uri;
    }

    private static boolean pointsAt(URI target, URI self) {
        if (self == null || self.getHost() == null || port(target) != port(self)) {
            return false;
        }
        String host = bare(target.getHost());
        return host.equals(bare(self.getHost())) || (local(host) && local(bare(self.getHost())));
    }

    private static boolean local(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        // Only literal addresses: InetAddress.getByName on a name would query DNS.
        if (!host.matches("[0-9.]+") && !host.contains(":")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            // Also this machine's own interface addresses: the server listens on all of them (0.0.0.0).
            return address.isLoopbackAddress() || address.isAnyLocalAddress()
                    || java.net.NetworkInterface.getByInetAddress(address) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static DomainException invalid(String field, String detail) {
        return Unprocessable.field(field, detail);
    }
}
